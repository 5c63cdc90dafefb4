package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.integrations.StartTrackSyncCommand;
import io.soundport.application.integrations.TrackSyncService;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;

/**
 * Imports of the signed-in user's Spotify top or saved tracks into the catalog, run in the background: start one,
 * then read it to see its counts grow until it SUCCEEDED or FAILED.
 */
@Controller(SoundportApi.BASE + "/tracks/sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "tracks")
@ApiDocs.Authenticated
public final class TrackSyncController {
    private final TrackSyncService syncs;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public TrackSyncController(TrackSyncService syncs, Callers callers, IdempotentRequests idempotent) {
        this.syncs = syncs;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/spotify")
    @Status(HttpStatus.ACCEPTED)
    @ApiDocs.IdempotentAccepted
    @ApiDocs.NeedsConnection
    @Operation(operationId = "syncTracksFromSpotify",
            summary = "Import the user's Spotify top or saved tracks into the catalog (QUEUED), in the background",
            description = "Each track with an ISRC the catalog does not have yet becomes a track of its own (no "
                    + "release), with its artist found by name or added (with the Spotify id). Tracks already in "
                    + "the catalog by ISRC, and tracks without one, are counted and left alone, so importing again "
                    + "adds only what is new. Read `GET /tracks/sync/{id}` for the counts; `Location` names it. "
                    + "Needs a signed-in user with a Spotify connection who may write to the catalog.")
    public HttpResponse<TrackSyncView> start(HttpRequest<?> request, @Nullable @Body TrackSyncRequest body) {
        Caller caller = callers.of(request);
        TrackSyncRequest asked = body == null ? new TrackSyncRequest(null, null, null) : body;
        return idempotent.run(request, caller, asked, () -> {
            TrackSync sync = syncs.start(caller, asked.command());
            return HttpResponse.<TrackSyncView>accepted()
                    .header(HttpHeaders.LOCATION, SoundportApi.BASE + "/tracks/sync/" + sync.id().value())
                    .body(TrackSyncView.of(sync));
        });
    }

    @Get("/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getTrackSync", summary = "An import of Spotify tracks, with its counts so far")
    public TrackSyncView get(HttpRequest<?> request, @PathVariable String id) {
        return TrackSyncView.of(syncs.get(callers.of(request), TrackSyncId.of(id)));
    }

    @Schema(name = "TrackSyncRequest", description = "Every field may be left out: the top 50 tracks of the last "
            + "six months")
    record TrackSyncRequest(@Nullable @Schema(allowableValues = {"top_tracks", "saved_tracks"},
            description = "top_tracks (the default) or saved_tracks") String source,
                            @Nullable @Schema(allowableValues = {"short_term", "medium_term", "long_term"},
                                    description = "for top_tracks: medium_term by default; none for saved_tracks")
                            String timeRange,
                            @Nullable @Schema(description = "the most tracks to read, 1 to 500 (50)") Integer limit) {
        StartTrackSyncCommand command() {
            return StartTrackSyncCommand.of(source, timeRange, limit);
        }
    }

    @Schema(name = "TrackSync", description = "An import of a user's Spotify tracks into the catalog")
    record TrackSyncView(String id, @Schema(allowableValues = {"spotify"}) String provider,
                         @Schema(allowableValues = {"top_tracks", "saved_tracks"}) String source,
                         @Nullable String timeRange, int limit,
                         @Schema(allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String status,
                         @Schema(description = "tracks read from Spotify so far") int found,
                         @Schema(description = "tracks added to the catalog") int imported,
                         @Schema(description = "tracks whose ISRC the catalog already had") int alreadyInCatalog,
                         @Schema(description = "tracks Spotify has no ISRC for, skipped") int withoutIsrc,
                         @Nullable String failureReason, String userId, Instant createdAt, Instant updatedAt,
                         @Nullable Instant finishedAt) {
        static TrackSyncView of(TrackSync s) {
            return new TrackSyncView(s.id().value(), s.provider().slug(), s.source().slug(),
                    s.timeRange() == null ? null : s.timeRange().slug(), s.limit(), s.status().name(),
                    s.counts().found(), s.counts().imported(), s.counts().alreadyInCatalog(),
                    s.counts().withoutIsrc(), s.failureReason(), s.userId().value(), s.createdAt(), s.updatedAt(),
                    s.finishedAt());
        }
    }
}
