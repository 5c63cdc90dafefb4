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
import io.soundport.adapters.rest.catalog.CatalogRequests.IngestReleaseRequest;
import io.soundport.adapters.rest.catalog.CatalogRequests.UpdateReleaseRequest;
import io.soundport.adapters.rest.catalog.CatalogViews.ReleaseSummary;
import io.soundport.adapters.rest.catalog.CatalogViews.ReleaseView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.ListReleasesQuery;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.catalog.SubmitReleaseCommand;
import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.distribution.TakedownReleaseCommand;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Releases: headless ingestion, reads, edits while DRAFT, submission and takedown. */
@Controller(SoundportApi.BASE + "/releases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "releases")
@ApiDocs.Authenticated
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
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createRelease",
            summary = "Ingest a release with its tracks in one call (UPC and ISRCs validated); it starts as DRAFT")
    public HttpResponse<ReleaseView> ingest(HttpRequest<?> request, @Body IngestReleaseRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            ReleaseDetails details = releases.ingest(caller, body.command());
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
        return ListResponse.of(releases.list(caller, ListReleasesQuery.of(status, artistId, q, limit, cursor)),
                ReleaseSummary::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getRelease", summary = "One release with its tracks")
    public HttpResponse<ReleaseView> get(HttpRequest<?> request, @PathVariable String id) {
        ReleaseDetails details = releases.get(callers.of(request), id(id));
        return Etags.read(request, ReleaseView.of(details), details.release().version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "updateRelease", summary = "Change a DRAFT release (If-Match honoured)")
    public HttpResponse<ReleaseView> update(HttpRequest<?> request, @PathVariable String id,
                                            @Body UpdateReleaseRequest body) {
        Caller caller = callers.of(request);
        ReleaseDetails details = releases.update(caller, body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(ReleaseView.of(details)), details.release().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteRelease", summary = "Delete a DRAFT release and its tracks (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        releases.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    @Post("/{id}/submit")
    @ApiDocs.IdempotentConditionalAction
    @ApiDocs.NotFound
    @Operation(operationId = "submitRelease", summary = "DRAFT → SUBMITTED (needs a track and a release date)")
    public HttpResponse<ReleaseView> submit(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        SubmitReleaseCommand command = new SubmitReleaseCommand(id(id), Etags.ifMatch(request));
        return idempotent.run(request, caller, null, () -> {
            ReleaseDetails details = releases.submit(caller, command);
            return Etags.written(HttpResponse.ok(ReleaseView.of(details)), details.release().version());
        });
    }

    @Post("/{id}/takedown")
    @ApiDocs.IdempotentConditionalAction
    @ApiDocs.NotFound
    @Operation(operationId = "takedownRelease", summary = "Ask every partner that received the release to take it down")
    public HttpResponse<ReleaseView> takedown(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        TakedownReleaseCommand command = new TakedownReleaseCommand(id(id), Etags.ifMatch(request));
        return idempotent.run(request, caller, null, () -> {
            Release takenDown = deliveries.takedown(caller, command);
            // the artist and tracks as stored; the release as the takedown left it (within one unit of work a
            // DynamoDB read would not see it yet)
            ReleaseDetails stored = releases.get(caller, takenDown.id());
            ReleaseDetails details = new ReleaseDetails(takenDown, stored.artist(), stored.tracks());
            return Etags.written(HttpResponse.ok(ReleaseView.of(details)), takenDown.version());
        });
    }

    private static ReleaseId id(String raw) {
        return PathIds.parse(raw, ReleaseId::of, "Release");
    }
}
