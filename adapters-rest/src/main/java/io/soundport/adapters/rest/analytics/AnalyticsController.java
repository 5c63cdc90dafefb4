package io.soundport.adapters.rest.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.analytics.AnalyticsRequests.RecordStreamsRequest;
import io.soundport.adapters.rest.analytics.AnalyticsViews.OverviewView;
import io.soundport.adapters.rest.analytics.AnalyticsViews.RecordedStreamsView;
import io.soundport.adapters.rest.analytics.AnalyticsViews.RevenueReportView;
import io.soundport.adapters.rest.analytics.AnalyticsViews.TrackStreamsView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.analytics.AnalyticsPeriod;
import io.soundport.application.analytics.AnalyticsQueries;
import io.soundport.application.analytics.RevenuePeriod;
import io.soundport.application.analytics.StreamIngestion;
import io.soundport.application.analytics.TrackStreamsQuery;
import io.soundport.domain.catalog.TrackId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stream analytics: stream events in, and reads of the rollups they feed (the overview of a period, a track's series
 * and breakdowns, revenue per partner and month). Days and hours are UTC.
 */
@Controller(SoundportApi.BASE + "/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "analytics")
@ApiDocs.Authenticated
public final class AnalyticsController {
    private static final String FROM = "the first UTC day, such as 2026-11-01";
    private static final String TO = "the last UTC day, included; at most 731 days after from";

    private final StreamIngestion ingestion;
    private final AnalyticsQueries analytics;
    private final Callers callers;

    public AnalyticsController(StreamIngestion ingestion, AnalyticsQueries analytics, Callers callers) {
        this.ingestion = ingestion;
        this.analytics = analytics;
        this.callers = callers;
    }

    @Post("/streams")
    @Operation(operationId = "recordStreamEvents", summary = "Count a batch of up to 1,000 stream events",
            description = "Each event is counted once by its event_id: a batch sent again (after a timeout, say) "
                    + "counts only what it did not count before, so no Idempotency-Key is needed. The batch is "
                    + "checked whole first: one wrong event (an unknown track, a date in the future, a bad country) "
                    + "is a 400 naming it as events[i].field, and nothing is counted. Needs a member who may write "
                    + "or an API key with the write scope.")
    public RecordedStreamsView record(HttpRequest<?> request, @Nullable @Body RecordStreamsRequest body) {
        RecordStreamsRequest asked = body == null ? new RecordStreamsRequest(null) : body;
        return RecordedStreamsView.of(ingestion.record(callers.of(request), asked.command()));
    }

    @Get("/overview")
    @Operation(operationId = "getAnalyticsOverview", summary = "Streams and revenue of a period, with the top 10 "
            + "tracks and countries")
    public OverviewView overview(HttpRequest<?> request,
                                 @Nullable @Parameter(description = FROM) @QueryValue String from,
                                 @Nullable @Parameter(description = TO) @QueryValue String to) {
        return OverviewView.of(analytics.overview(callers.of(request), AnalyticsPeriod.of(from, to)));
    }

    @Get("/tracks/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getTrackAnalytics", summary = "A track's streams per day or hour, by country and by "
            + "partner")
    public TrackStreamsView track(HttpRequest<?> request, @PathVariable String id,
                                  @Nullable @Parameter(description = FROM) @QueryValue String from,
                                  @Nullable @Parameter(description = TO) @QueryValue String to,
                                  @Nullable @Parameter(description = "day (the default) or hour; an hourly series "
                                          + "spans at most 31 days") @QueryValue String granularity) {
        TrackId track = PathIds.parse(id, TrackId::of, "Track");
        return TrackStreamsView.of(analytics.track(callers.of(request),
                TrackStreamsQuery.of(track, from, to, granularity)));
    }

    @Get("/reports")
    @Operation(operationId = "getRevenueReport", summary = "Streams and revenue per partner and month")
    public RevenueReportView reports(HttpRequest<?> request,
                                     @Nullable @Parameter(description = "a year (2026), a month (2026-11) or a range "
                                             + "of months (2026-01..2026-06), at most 36 months") @QueryValue
                                     String period) {
        return RevenueReportView.of(analytics.revenue(callers.of(request), RevenuePeriod.of(period)));
    }
}
