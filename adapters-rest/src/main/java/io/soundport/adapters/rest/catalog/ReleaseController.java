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
import io.soundport.adapters.rest.catalog.CatalogRequests.ReleaseBody;
import io.soundport.adapters.rest.catalog.CatalogRequests.ReleasePatch;
import io.soundport.adapters.rest.catalog.CatalogViews.ReleaseSummary;
import io.soundport.adapters.rest.catalog.CatalogViews.ReleaseView;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.ReleaseChanges;
import io.soundport.application.catalog.ReleaseDetails;
import io.soundport.application.catalog.ReleaseDraft;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.distribution.TakedownReleaseCommand;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Releases: headless ingestion, reads, edits while DRAFT, submission and takedown. */
@Controller(SoundportApi.BASE + "/releases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "releases")
public final class ReleaseController {
    private final ReleaseService releases;
    private final DeliveryService deliveries;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ReleaseController(ReleaseService releases, DeliveryService deliveries, Callers callers,
                             IdempotentRequests idempotent) {
        this.releases = releases;
        this.deliveries = deliveries;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createRelease",
            summary = "Ingest a release with its tracks in one call (UPC and ISRCs validated); it starts as DRAFT")
    public HttpResponse<?> ingest(HttpRequest<?> request, @Body ReleaseBody body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            List<ReleaseDraft.RawTrack> tracks = body.tracks() == null ? null : body.tracks().stream()
                    .map(t -> t == null ? null
                            : new ReleaseDraft.RawTrack(t.title(), t.isrc(), t.durationMs(), t.explicit(), t.position()))
                    .toList();
            ReleaseDetails details = releases.ingest(caller, ReleaseDraft.of(body.title(), body.artistId(),
                    body.artistName(), body.upc(), body.label(), body.releaseDate(), body.genre(), body.territories(),
                    tracks));
            return Etags.written(HttpResponse.created(ReleaseView.of(details),
                    URI.create(SoundportApi.BASE + "/releases/" + details.release().id())), details.release().version());
        });
    }

    @Get
    @Operation(operationId = "listReleases", summary = "Releases, newest first; filters `status`, `artist_id`, `q` (title)")
    public ListResponse<ReleaseSummary> list(HttpRequest<?> request, @Nullable @QueryValue String status,
                                             @Nullable @QueryValue("artist_id") String artistId,
                                             @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit,
                                             @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        Validation v = new Validation();
        ReleaseStatus s = status == null || status.isBlank() ? null : v.field("status", () -> ReleaseStatus.parse(status));
        ArtistId a = artistId == null || artistId.isBlank() ? null : v.field("artist_id", () -> ArtistId.of(artistId));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return ListResponse.of(releases.list(caller, new ReleaseFilter(s, a, q == null || q.isBlank() ? null : q.strip()),
                page), ReleaseSummary::of);
    }

    @Get("/{id}")
    @Operation(operationId = "getRelease", summary = "One release with its tracks")
    public HttpResponse<ReleaseView> get(HttpRequest<?> request, @PathVariable String id) {
        ReleaseDetails details = releases.get(callers.of(request), id(id));
        return Etags.read(request, ReleaseView.of(details), details.release().version());
    }

    @Patch("/{id}")
    @Operation(operationId = "updateRelease", summary = "Change a DRAFT release (If-Match honoured)")
    public HttpResponse<ReleaseView> update(HttpRequest<?> request, @PathVariable String id, @Body ReleasePatch body) {
        ReleaseDetails details = releases.update(callers.of(request), id(id),
                ReleaseChanges.of(body.title(), body.artistId(), body.upc(), body.label(), body.releaseDate(),
                        body.genre(), body.territories()),
                Etags.ifMatch(request));
        return Etags.written(HttpResponse.ok(ReleaseView.of(details)), details.release().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteRelease", summary = "Delete a DRAFT release and its tracks")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        releases.delete(callers.of(request), id(id));
    }

    @Post("/{id}/submit")
    @Operation(operationId = "submitRelease", summary = "DRAFT → SUBMITTED (needs a track and a release date)")
    public HttpResponse<ReleaseView> submit(HttpRequest<?> request, @PathVariable String id) {
        ReleaseDetails details = releases.submit(callers.of(request), id(id), Etags.ifMatch(request));
        return Etags.written(HttpResponse.ok(ReleaseView.of(details)), details.release().version());
    }

    @Post("/{id}/takedown")
    @Operation(operationId = "takedownRelease", summary = "Ask every partner that received the release to take it down")
    public HttpResponse<ReleaseView> takedown(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        ReleaseId releaseId = id(id);
        deliveries.takedown(caller, new TakedownReleaseCommand(releaseId, Etags.ifMatch(request)));
        ReleaseDetails details = releases.get(caller, releaseId);
        return Etags.written(HttpResponse.ok(ReleaseView.of(details)), details.release().version());
    }

    private static ReleaseId id(String raw) {
        return PathIds.parse(raw, ReleaseId::of, "Release");
    }
}
