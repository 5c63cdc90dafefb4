package io.soundport.application.analytics;

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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of campaign analytics, from the daily insights {@code CampaignMonitor} keeps (never a call to the ad
 * platform): a campaign's series and breakdowns, its days as CSV, and what the campaigns targeting an audience did.
 * Everyone in the organization reads them. Days are UTC.
 */
public final class CampaignAnalytics {
    /** The days an audience report covers by default, today included. */
    static final int AUDIENCE_DEFAULT_DAYS = 30;
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

    /** The campaign's totals, one day per day of the period, and its totals per country and publisher platform. */
    public CampaignReport campaign(Caller caller, CampaignAnalyticsQuery query) {
        Campaign campaign = readable(caller, query.campaignId());
        AnalyticsPeriod period = periodOf(campaign, query.period());
        OrganizationId org = campaign.organizationId();
        Currency currency = campaign.plan().budget().currency();
        Map<LocalDate, CampaignDay> byDay = new HashMap<>();
        insights.forEach(org, campaign.id(), CampaignBreakdown.NONE, period.from(), period.to(),
                day -> byDay.put(day.day(), day));
        List<CampaignDay> days = new ArrayList<>();
        CampaignTotals totals = CampaignTotals.none(currency);
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            CampaignDay found = byDay.get(day);
            days.add(found != null ? found : new CampaignDay(campaign.id(), day, CampaignBreakdown.NONE, "", 0, 0, 0,
                    Money.zero(currency), 0));
            if (found != null) {
                totals = totals.plus(CampaignTotals.of(found));
            }
        }
        return new CampaignReport(campaign.id(), campaign.plan().name(), campaign.status(), period, totals, days,
                slices(campaign, CampaignBreakdown.COUNTRY, period), slices(campaign,
                CampaignBreakdown.PUBLISHER_PLATFORM, period), campaign.metrics().asOf());
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
