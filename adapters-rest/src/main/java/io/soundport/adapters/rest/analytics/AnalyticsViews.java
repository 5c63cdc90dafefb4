package io.soundport.adapters.rest.analytics;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.marketing.AmountView;
import io.soundport.application.analytics.AnalyticsOverview;
import io.soundport.application.analytics.RealtimeStreams;
import io.soundport.application.analytics.RecordedStreams;
import io.soundport.application.analytics.RevenueReport;
import io.soundport.application.analytics.Totals;
import io.soundport.application.analytics.TrackStreams;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.report.ReportImport;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What analytics answer. Amounts of revenue are decimal strings, exact to the micro-unit, never floating point. */
final class AnalyticsViews {
    private AnalyticsViews() {
    }

    @Schema(name = "RecordedStreams", description = "What a batch did")
    record RecordedStreamsView(@Schema(description = "events in the batch") int received,
                               @Schema(description = "events counted now") int recorded,
                               @Schema(description = "events counted before (their event_id was known or repeated "
                                       + "in the batch), not counted again") int duplicates) {
        static RecordedStreamsView of(RecordedStreams r) {
            return new RecordedStreamsView(r.received(), r.recorded(), r.duplicates());
        }
    }

    @Schema(name = "RevenueTotal", description = "Revenue in one currency")
    record RevenueView(@Schema(type = "string", format = "decimal", example = "12.003400",
            description = "major units, six decimals") String amount,
                       @Schema(description = "ISO 4217") String currency) {
        static RevenueView of(Revenue r) {
            return new RevenueView(r.decimal().toPlainString(), r.currency().getCurrencyCode());
        }
    }

    @Schema(name = "StreamTotals", description = "Streams and their revenue, one amount per currency (none when the "
            + "revenue is unknown)")
    record TotalsView(long streams, List<RevenueView> revenue) {
        static TotalsView of(Totals t) {
            return new TotalsView(t.streams(), t.revenue().stream().map(RevenueView::of).toList());
        }
    }

    @Schema(name = "AnalyticsOverview")
    record OverviewView(LocalDate from, LocalDate to, TotalsView totals, List<TopTrackView> topTracks,
                        List<TopCountryView> topCountries,
                        @Schema(description = "what the campaigns spent on these days, one amount per currency, as "
                                + "the ad platform last reported it") List<AmountView> campaignSpend) {
        static OverviewView of(AnalyticsOverview o) {
            return new OverviewView(o.period().from(), o.period().to(), TotalsView.of(o.totals()),
                    o.topTracks().stream().map(t -> new TopTrackView(t.trackId().value(), t.title(),
                            TotalsView.of(t.totals()))).toList(),
                    o.topCountries().stream().map(c -> new TopCountryView(c.country().code(),
                            TotalsView.of(c.totals()))).toList(),
                    o.campaignSpend().stream().map(AmountView::of).toList());
        }
    }

    @Schema(name = "TopTrack")
    record TopTrackView(String trackId, @Nullable @Schema(description = "null once the track left the catalog")
    String title, TotalsView totals) {
    }

    @Schema(name = "TopCountry")
    record TopCountryView(@Schema(description = "ISO 3166-1 alpha-2, ZZ when unknown") String country,
                          TotalsView totals) {
    }

    @Schema(name = "TrackStreams")
    record TrackStreamsView(String trackId, String title, LocalDate from, LocalDate to,
                            @Schema(allowableValues = {"day", "hour"}) String granularity, TotalsView totals,
                            @Schema(description = "one point per day or hour of the period, UTC, those without "
                                    + "streams included") List<PointView> series,
                            List<TopCountryView> byCountry, List<StoreTotalsView> byPartner) {
        static TrackStreamsView of(TrackStreams t) {
            return new TrackStreamsView(t.trackId().value(), t.title(), t.query().period().from(),
                    t.query().period().to(), t.query().granularity().name().toLowerCase(java.util.Locale.ROOT),
                    TotalsView.of(t.totals()),
                    t.series().stream().map(p -> new PointView(p.start(), TotalsView.of(p.totals()))).toList(),
                    t.byCountry().stream().map(c -> new TopCountryView(c.country().code(),
                            TotalsView.of(c.totals()))).toList(),
                    t.byStore().stream().map(s -> new StoreTotalsView(s.store().name(),
                            TotalsView.of(s.totals()))).toList());
        }
    }

    @Schema(name = "StreamsPoint")
    record PointView(@Schema(description = "the start of the day or hour") Instant start, TotalsView totals) {
    }

    @Schema(name = "PartnerTotals")
    record StoreTotalsView(String partner, TotalsView totals) {
    }

    @Schema(name = "RevenueReport", description = "Streams and revenue per partner and month")
    record RevenueReportView(@Schema(example = "2026-01") String from, @Schema(example = "2026-12") String to,
                             List<RevenueLineView> lines, TotalsView totals) {
        static RevenueReportView of(RevenueReport r) {
            return new RevenueReportView(r.period().from().toString(), r.period().to().toString(),
                    r.lines().stream().map(l -> new RevenueLineView(l.month().toString(), l.store().name(),
                            TotalsView.of(l.totals()))).toList(), TotalsView.of(r.totals()));
        }
    }

    @Schema(name = "RevenueLine")
    record RevenueLineView(@Schema(example = "2026-11") String month, String partner, TotalsView totals) {
    }

    @Schema(name = "RealtimeStreams", description = "A track's streams per minute over the last hour")
    record RealtimeView(String trackId, Instant asOf, long total, List<MinuteView> minutes) {
        static RealtimeView of(RealtimeStreams r) {
            return new RealtimeView(r.trackId().value(), r.asOf(), r.total(),
                    r.minutes().stream().map(m -> new MinuteView(m.start(), m.streams())).toList());
        }
    }

    @Schema(name = "StreamsMinute")
    record MinuteView(Instant start, long streams) {
    }

    @Schema(name = "ReportImport", description = "An import of a sales report into the stream analytics")
    record ReportImportView(String id, @Schema(allowableValues = {"generic", "distrokid", "tunecore"}) String layout,
                            @Schema(description = "a generic report's renamed columns: field to header")
                            Map<String, String> columns,
                            @Schema(description = "bytes") long fileSize,
                            @Schema(implementation = ReportImport.Status.class) String status,
                            @Schema(description = "data rows read so far") long rows,
                            @Schema(description = "rows counted now") long recorded,
                            @Schema(description = "rows counted before (the same file imported again)")
                            long duplicates,
                            @Schema(description = "rows not counted; every one is in the rejections file")
                            long rejected,
                            @Schema(description = "the first 20 rejected rows") List<RejectedRowView> rejections,
                            @Nullable String failureReason, Instant createdAt, Instant updatedAt,
                            @Nullable Instant finishedAt) {
        static ReportImportView of(ReportImport r) {
            Map<String, String> columns = new java.util.TreeMap<>();
            r.layout().columns().forEach((field, header) -> columns.put(field.header(), header));
            return new ReportImportView(r.id().value(), r.layout().kind().name().toLowerCase(java.util.Locale.ROOT),
                    columns, r.fileSize(), r.status().name(), r.counts().rows(), r.counts().recorded(),
                    r.counts().duplicates(), r.counts().rejected(),
                    r.rejections().stream().map(x -> new RejectedRowView(x.row(), x.reasons())).toList(),
                    r.failureReason(), r.createdAt(), r.updatedAt(), r.finishedAt());
        }
    }

    @Schema(name = "RejectedRow")
    record RejectedRowView(@Schema(description = "the row's number in the file, its header being row 1") long row,
                           List<String> reasons) {
    }
}
