package io.soundport.adapters.rest.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.analytics.AnalyticsViews.RealtimeView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.analytics.AnalyticsQueries;
import io.soundport.domain.catalog.TrackId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A track's streams as they happen: the last hour, minute by minute. */
@Controller(SoundportApi.BASE + "/streaming")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "analytics")
@ApiDocs.Authenticated
public final class StreamingController {
    private final AnalyticsQueries analytics;
    private final Callers callers;

    public StreamingController(AnalyticsQueries analytics, Callers callers) {
        this.analytics = analytics;
        this.callers = callers;
    }

    @Get("/realtime/{trackId}")
    @ApiDocs.NotFound
    @Operation(operationId = "getRealtimeStreams", summary = "A track's streams per minute over the last 60 minutes",
            description = "Sixty minutes, oldest first, the current (unfinished) minute last, those without streams "
                    + "included; counted from stream events that happened in that hour, as they arrive.")
    public RealtimeView realtime(HttpRequest<?> request, @PathVariable String trackId) {
        TrackId track = PathIds.parse(trackId, TrackId::of, "Track");
        return RealtimeView.of(analytics.realtime(callers.of(request), track));
    }
}
