package io.soundport.application.analytics;

import io.soundport.application.analytics.TrackStreamsQuery.Granularity;
import io.soundport.domain.analytics.Bucket;
import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Rollups;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads of the organization's stream analytics, from the rollups alone (never the events): the overview of a
 * period, one track's series and breakdowns, revenue per store and month, and a track's last hour minute by minute.
 * Everyone in the organization reads them. Days and hours are UTC.
 */
public final class AnalyticsQueries {
    /** How many tracks and countries an overview names. */
    public static final int TOP = 10;

    private final StreamFacts facts;
    private final Tracks tracks;
    private final CampaignInsights campaignInsights;
    private final Clock clock;

    public AnalyticsQueries(StreamFacts facts, Tracks tracks, CampaignInsights campaignInsights, Clock clock) {
        this.facts = facts;
        this.tracks = tracks;
        this.campaignInsights = campaignInsights;
        this.clock = clock;
    }

    public AnalyticsOverview overview(Caller caller, AnalyticsPeriod period) {
        caller.require(Permission.READ);
        OrganizationId org = caller.organizationId();
        Totals totals = Totals.of(facts.rows(org, Series.DAILY, "", Bucket.DAY.of(period.from()),
                Bucket.DAY.of(period.to())));
        List<AnalyticsOverview.TrackTotals> topTracks = top(rows(org, Series.TRACK_DAILY, Series.TRACK_MONTHLY, period))
                .stream()
                .map(e -> new AnalyticsOverview.TrackTotals(TrackId.of(e.getKey()),
                        tracks.find(org, TrackId.of(e.getKey())).map(Track::title).orElse(null), e.getValue()))
                .toList();
        List<AnalyticsOverview.CountryTotals> topCountries = top(rows(org, Series.COUNTRY_DAILY,
                Series.COUNTRY_MONTHLY, period)).stream().map(e -> new AnalyticsOverview.CountryTotals(Country.of(e.getKey()), e.getValue())).toList();
        List<Money> campaignSpend = CampaignTotals.perCurrency(campaignInsights.totals(org, period.from(), period.to())
                .stream().map(CampaignDay::spend));
        return new AnalyticsOverview(period, totals, topTracks, topCountries, campaignSpend);
    }

    public TrackStreams track(Caller caller, TrackStreamsQuery query) {
        caller.require(Permission.READ);
        OrganizationId org = caller.organizationId();
        Track track = tracks.find(org, query.trackId())
                .orElseThrow(() -> DomainException.notFound("Track", query.trackId().value()));
        String scope = track.id().value();
        List<RollupRow> days = facts.rows(org, Series.TRACK_BREAKDOWN, scope, Bucket.DAY.of(query.period().from()),
                Bucket.DAY.of(query.period().to()));
        String firstDay = Bucket.DAY.of(query.period().from());
        String lastDay = Bucket.DAY.of(query.period().to());
        List<TrackStreams.Point> series;
        if (query.granularity() == Granularity.DAY) {
            series = points(Bucket.DAY, firstDay, lastDay, days);
        } else {
            String firstHour = Bucket.HOUR.of(query.period().from());
            String lastHour = Bucket.HOUR.of(Bucket.DAY.start(Bucket.DAY.next(lastDay)).minusSeconds(1));
            series = points(Bucket.HOUR, firstHour, lastHour,
                    facts.rows(org, Series.TRACK_HOURLY, scope, firstHour, lastHour));
        }
        List<TrackStreams.ByCountry> byCountry = grouped(days, row -> Rollups.breakdownCountry(row.dims())).entrySet()
                .stream().map(e -> new TrackStreams.ByCountry(Country.of(e.getKey()), e.getValue()))
                .sorted(Totals.mostStreamsFirst(TrackStreams.ByCountry::totals,
                        Comparator.comparing(c -> c.country().code())))
                .toList();
        List<TrackStreams.ByStore> byStore = grouped(days, row -> Rollups.breakdownStore(row.dims())).entrySet()
                .stream().map(e -> new TrackStreams.ByStore(Store.of(e.getKey()), e.getValue()))
                .sorted(Totals.mostStreamsFirst(TrackStreams.ByStore::totals,
                        Comparator.comparing(s -> s.store().name())))
                .toList();
        return new TrackStreams(track.id(), track.title(), query, Totals.of(days), series, byCountry, byStore);
    }

    public RevenueReport revenue(Caller caller, RevenuePeriod period) {
        caller.require(Permission.READ);
        List<RollupRow> rows = facts.rows(caller.organizationId(), Series.STORE_MONTHLY, "",
                period.from().toString(), period.to().toString());
        Map<String, Map<String, List<RollupRow>>> byMonth = new TreeMap<>();
        rows.forEach(row -> byMonth.computeIfAbsent(row.bucket(), m -> new TreeMap<>())
                .computeIfAbsent(row.dims(), s -> new ArrayList<>()).add(row));
        List<RevenueReport.Line> lines = new ArrayList<>();
        byMonth.forEach((month, stores) -> stores.forEach((store, storeRows) ->
                lines.add(new RevenueReport.Line(YearMonth.parse(month), Store.of(store), Totals.of(storeRows)))));
        return new RevenueReport(period, lines, Totals.of(rows));
    }

    /** The last 60 minutes of the track, the current one included; NOT_FOUND for a track not in the catalog. */
    public RealtimeStreams realtime(Caller caller, TrackId trackId) {
        caller.require(Permission.READ);
        OrganizationId org = caller.organizationId();
        tracks.find(org, trackId).orElseThrow(() -> DomainException.notFound("Track", trackId.value()));
        return realtime(org, trackId);
    }

    /**
     * The last 60 minutes of a track the caller was already allowed to read: the rollup rows of one series and scope,
     * one read, whatever the number of events (what {@link RealtimeFeed} reads on each refresh).
     */
    RealtimeStreams realtime(OrganizationId org, TrackId trackId) {
        Instant now = clock.now();
        String last = Bucket.MINUTE.of(now);
        String first = Bucket.MINUTE.of(Bucket.MINUTE.start(last).minus(Rollups.REALTIME_WINDOW).plusSeconds(60));
        Map<String, Long> counts = new HashMap<>();
        facts.rows(org, Series.TRACK_MINUTE, trackId.value(), first, last)
                .forEach(row -> counts.merge(row.bucket(), row.streams(), Long::sum));
        List<RealtimeStreams.Minute> minutes = new ArrayList<>();
        for (String minute = first; minute.compareTo(last) <= 0; minute = Bucket.MINUTE.next(minute)) {
            minutes.add(new RealtimeStreams.Minute(Bucket.MINUTE.start(minute), counts.getOrDefault(minute, 0L)));
        }
        return new RealtimeStreams(trackId, now, minutes);
    }

    /**
     * The rows of a period from a series by day and its twin by month: the whole months inside the period by month,
     * the days before the first and after the last whole month by day, so that a year costs twelve months of rows
     * and at most two partial months of days, not 365 days.
     */
    private List<RollupRow> rows(OrganizationId org, Series daily, Series monthly, AnalyticsPeriod period) {
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = period.to().equals(YearMonth.from(period.to()).atEndOfMonth()) ? period.to()
                : period.to().withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWhole)) {
            return facts.rows(org, daily, "", Bucket.DAY.of(period.from()), Bucket.DAY.of(period.to()));
        }
        List<RollupRow> rows = new ArrayList<>(facts.rows(org, monthly, "", YearMonth.from(firstWhole).toString(),
                YearMonth.from(lastWhole).toString()));
        if (period.from().isBefore(firstWhole)) {
            rows.addAll(facts.rows(org, daily, "", Bucket.DAY.of(period.from()), Bucket.DAY.of(firstWhole.minusDays(1))));
        }
        if (period.to().isAfter(lastWhole)) {
            rows.addAll(facts.rows(org, daily, "", Bucket.DAY.of(lastWhole.plusDays(1)), Bucket.DAY.of(period.to())));
        }
        return rows;
    }

    /** One point per bucket from {@code first} to {@code last}, each the totals of its rows (none: zero). */
    private static List<TrackStreams.Point> points(Bucket bucket, String first, String last, List<RollupRow> rows) {
        Map<String, List<RollupRow>> byBucket = new HashMap<>();
        rows.forEach(row -> byBucket.computeIfAbsent(row.bucket(), b -> new ArrayList<>()).add(row));
        List<TrackStreams.Point> points = new ArrayList<>();
        for (String b = first; b.compareTo(last) <= 0; b = bucket.next(b)) {
            List<RollupRow> these = byBucket.get(b);
            points.add(new TrackStreams.Point(bucket.start(b), these == null ? Totals.NONE : Totals.of(these)));
        }
        return points;
    }

    /** The rows' totals per dimension value, then the {@link #TOP} with the most streams. */
    private static List<Map.Entry<String, Totals>> top(List<RollupRow> rows) {
        return grouped(rows, RollupRow::dims).entrySet().stream()
                .sorted(Totals.<Map.Entry<String, Totals>>mostStreamsFirst(Map.Entry::getValue,
                        Map.Entry.comparingByKey()))
                .limit(TOP).toList();
    }

    private static Map<String, Totals> grouped(List<RollupRow> rows, Function<RollupRow, String> key) {
        Map<String, Totals.Adder> adders = new TreeMap<>();
        rows.forEach(row -> adders.computeIfAbsent(key.apply(row), k -> new Totals.Adder()).add(row));
        Map<String, Totals> totals = new TreeMap<>();
        adders.forEach((k, adder) -> totals.put(k, adder.totals()));
        return totals;
    }
}
