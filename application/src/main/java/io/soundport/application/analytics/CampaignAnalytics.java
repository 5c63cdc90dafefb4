package io.soundport.application.analytics;

import io.soundport.application.analytics.TrackStreamsQuery.Granularity;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Reads of campaign analytics, from the daily insights {@code CampaignMonitor} keeps (never a call to the ad
 * platform): a campaign's series and breakdowns, its days as CSV, and what the campaigns targeting an audience did.
 * Everyone in the organization reads them. Days are UTC.
 */
public final class CampaignAnalytics {
    /** The days an audience report covers by default, today included. */
    static final int AUDIENCE_DEFAULT_DAYS = 30;
    /** How far before an hourly period its first reading's predecessor is looked for. */
    static final int HOURLY_BASELINE_DAYS = 7;
    private static final Comparator<CampaignReport.Slice> MOST_IMPRESSIONS_FIRST =
            Comparator.comparingLong((CampaignReport.Slice s) -> s.totals().impressions()).reversed()
                    .thenComparing(CampaignReport.Slice::value);

    private final Campaigns campaigns;
    private final Audiences audiences;
    private final CampaignInsights insights;
    private final Clock clock;

    public CampaignAnalytics(Campaigns campaigns, Audiences audiences, CampaignInsights insights, Clock clock) {
        this.campaigns = campaigns;
        this.audiences = audiences;
        this.insights = insights;
        this.clock = clock;
    }

    /**
     * The campaign's totals, a point per day (or hour) of the period, and its totals per country and publisher
     * platform. An hour is what the readings made in it added to the reading before: a reading of the ad platform
     * every hour (the monitor's default interval) makes an hourly series; hours without a reading are zero.
     */
    public CampaignReport campaign(Caller caller, CampaignAnalyticsQuery query) {
        Campaign campaign = readable(caller, query.campaignId());
        AnalyticsPeriod period = periodOf(campaign, query.period());
        if (query.granularity() == Granularity.HOUR && period.days() > TrackStreamsQuery.MAX_HOURLY_DAYS) {
            throw DomainException.invalid("to", "an hourly series spans at most " + TrackStreamsQuery.MAX_HOURLY_DAYS
                    + " days");
        }
        Currency currency = campaign.plan().budget().currency();
        Map<LocalDate, CampaignDay> byDay = new HashMap<>();
        insights.forEach(campaign.organizationId(), campaign.id(), CampaignBreakdown.NONE, period.from(),
                period.to(), day -> byDay.put(day.day(), day));
        CampaignTotals totals = byDay.values().stream().map(CampaignTotals::of)
                .reduce(CampaignTotals.none(currency), CampaignTotals::plus);
        List<CampaignReport.Point> series = query.granularity() == Granularity.DAY ? days(byDay, period, currency)
                : hours(campaign, period);
        return new CampaignReport(campaign.id(), campaign.plan().name(), campaign.status(), period,
                query.granularity(), totals, series, slices(campaign, CampaignBreakdown.COUNTRY, period),
                slices(campaign, CampaignBreakdown.PUBLISHER_PLATFORM, period), campaign.metrics().asOf());
    }

    /** One point per UTC day of the period, as the platform reported it; zero for a day without a reading. */
    private static List<CampaignReport.Point> days(Map<LocalDate, CampaignDay> byDay, AnalyticsPeriod period,
                                                   Currency currency) {
        List<CampaignReport.Point> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            CampaignDay found = byDay.get(day);
            days.add(found == null ? zero(start(day), 0L, currency) : new CampaignReport.Point(start(day),
                    found.impressions(), found.reach(), found.clicks(), found.spend(), found.conversions()));
        }
        return days;
    }

    /**
     * One point per UTC hour of the period: what the hour's reading added to the last reading before it (the one
     * before the period found up to {@value #HOURLY_BASELINE_DAYS} days back, else nothing), never less than zero.
     */
    private List<CampaignReport.Point> hours(Campaign campaign, AnalyticsPeriod period) {
        Currency currency = campaign.plan().budget().currency();
        TreeMap<Instant, CampaignDay> readings = new TreeMap<>();
        insights.forEach(campaign.organizationId(), campaign.id(), CampaignBreakdown.HOURLY_READING,
                period.from().minusDays(HOURLY_BASELINE_DAYS), period.to(),
                reading -> readings.put(start(reading.day()).plus(Duration.ofHours(Integer.parseInt(reading.value()))),
                        reading));
        Instant first = start(period.from());
        Instant end = start(period.to().plusDays(1));
        Map.Entry<Instant, CampaignDay> earlier = readings.lowerEntry(first);
        CampaignDay last = earlier == null ? null : earlier.getValue();
        List<CampaignReport.Point> hours = new ArrayList<>();
        for (Instant hour = first; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
            CampaignDay reading = readings.get(hour);
            if (reading == null) {
                hours.add(zero(hour, null, currency));
                continue;
            }
            hours.add(new CampaignReport.Point(hour, added(reading.impressions(), last, CampaignDay::impressions),
                    null, added(reading.clicks(), last, CampaignDay::clicks),
                    new Money(added(reading.spend().minorUnits(), last, d -> d.spend().minorUnits()), currency),
                    added(reading.conversions(), last, CampaignDay::conversions)));
            last = reading;
        }
        return hours;
    }

    private static long added(long now, CampaignDay before, ToLongFunction<CampaignDay> measure) {
        return before == null ? now : Math.max(0, now - measure.applyAsLong(before));
    }

    private static CampaignReport.Point zero(Instant start, Long reach, Currency currency) {
        return new CampaignReport.Point(start, 0, reach, 0, Money.zero(currency), 0);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The campaign's days as CSV, read from the store as the file is written. */
    public CampaignCsv export(Caller caller, ExportCampaignCommand command) {
        Campaign campaign = readable(caller, command.campaignId());
        return new CampaignCsv(insights, campaign.organizationId(), campaign.id(), periodOf(campaign,
                command.period()), command.breakdown());
    }

    /**
     * What the campaigns that target the audience did over the period (by default the last
     * {@value #AUDIENCE_DEFAULT_DAYS} days), each and together; at most {@value AudienceReport#MAX_CAMPAIGNS} campaigns.
     */
    public AudienceReport audience(Caller caller, AudienceInsightsQuery query) {
        caller.require(Permission.READ);
        OrganizationId org = caller.organizationId();
        Audience audience = audiences.find(org, query.audienceId())
                .orElseThrow(() -> DomainException.notFound("Audience", query.audienceId().value()));
        LocalDate today = today();
        AnalyticsPeriod period = query.period().within(today.minusDays(AUDIENCE_DEFAULT_DAYS - 1), today);
        List<AudienceReport.CampaignLine> lines = new ArrayList<>();
        for (CampaignId id : campaigns.using(org, audience.id(), AudienceReport.MAX_CAMPAIGNS)) {
            Optional<Campaign> found = campaigns.find(org, id);
            found.ifPresent(c -> lines.add(new AudienceReport.CampaignLine(c.id(), c.plan().name(), c.status(),
                    totals(c, period))));
        }
        lines.sort(Comparator.comparingLong((AudienceReport.CampaignLine l) -> l.totals().impressions()).reversed()
                .thenComparing(l -> l.campaignId().value()));
        return AudienceReport.of(audience, period, lines);
    }

    private Campaign readable(Caller caller, CampaignId id) {
        caller.require(Permission.READ);
        return campaigns.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Campaign", id.value()));
    }

    /** The period asked for, its left-out bounds the campaign's first day and its last one so far. */
    private AnalyticsPeriod periodOf(Campaign campaign, OpenPeriod asked) {
        CampaignPlan plan = campaign.plan();
        LocalDate today = today();
        LocalDate last = plan.endDate() != null && plan.endDate().isBefore(today) ? plan.endDate() : today;
        return asked.within(plan.startDate(), last);
    }

    private CampaignTotals totals(Campaign campaign, AnalyticsPeriod period) {
        CampaignTotals[] totals = {CampaignTotals.none(campaign.plan().budget().currency())};
        insights.forEach(campaign.organizationId(), campaign.id(), CampaignBreakdown.NONE, period.from(),
                period.to(), day -> totals[0] = totals[0].plus(CampaignTotals.of(day)));
        return totals[0];
    }

    private List<CampaignReport.Slice> slices(Campaign campaign, CampaignBreakdown breakdown, AnalyticsPeriod period) {
        Map<String, CampaignTotals> byValue = new HashMap<>();
        insights.forEach(campaign.organizationId(), campaign.id(), breakdown, period.from(), period.to(),
                day -> byValue.merge(day.value(), CampaignTotals.of(day), CampaignTotals::plus));
        return byValue.entrySet().stream().map(e -> new CampaignReport.Slice(e.getKey(), e.getValue()))
                .sorted(MOST_IMPRESSIONS_FIRST).toList();
    }

    private LocalDate today() {
        return clock.now().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
