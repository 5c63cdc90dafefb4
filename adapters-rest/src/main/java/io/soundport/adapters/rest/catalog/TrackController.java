package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.catalog.CatalogRequests.CreateTrackRequest;
import io.soundport.adapters.rest.catalog.CatalogRequests.UpdateTrackRequest;
import io.soundport.adapters.rest.catalog.CatalogViews.TrackView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.ListTracksQuery;
import io.soundport.application.catalog.TrackService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Tracks, on a release or on their own. */
@Controller(SoundportApi.BASE + "/tracks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "tracks")
@ApiDocs.Authenticated
public final class TrackController {
    private final TrackService tracks;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public TrackController(TrackService tracks, Callers callers, IdempotentRequests idempotent) {
        this.tracks = tracks;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createTrack", summary = "Add a track, on a DRAFT release (`release_id`) or on its own")
    public HttpResponse<TrackView> create(HttpRequest<?> request, @Body CreateTrackRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Track track = tracks.create(caller, body.command());
            return Etags.written(HttpResponse.created(TrackView.of(track),
                    URI.create(SoundportApi.BASE + "/tracks/" + track.id())), track.version());
        });
    }

    @Get
    @Operation(operationId = "listTracks", summary = "Tracks, newest first; filters `q` (title), `release_id`, `isrc`")
    public ListResponse<TrackView> list(HttpRequest<?> request, @Nullable @QueryValue String q,
                                        @Nullable @QueryValue("release_id") String releaseId,
                                        @Nullable @QueryValue String isrc, @Nullable @QueryValue Integer limit,
                                        @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(tracks.list(caller, ListTracksQuery.of(q, releaseId, isrc, limit, cursor)),
                TrackView::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getTrack", summary = "One track")
    public HttpResponse<TrackView> get(HttpRequest<?> request, @PathVariable String id) {
        Track track = tracks.get(callers.of(request), id(id));
        return Etags.read(request, TrackView.of(track), track.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "updateTrack", summary = "Change a track (If-Match honoured); its release must be DRAFT")
    public HttpResponse<TrackView> update(HttpRequest<?> request, @PathVariable String id,
                                          @Body UpdateTrackRequest body) {
        Caller caller = callers.of(request);
        Track track = tracks.update(caller, body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(TrackView.of(track)), track.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteTrack", summary = "Delete a track; its release must be DRAFT (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        tracks.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    private static TrackId id(String raw) {
        return PathIds.parse(raw, TrackId::of, "Track");
    }
}
