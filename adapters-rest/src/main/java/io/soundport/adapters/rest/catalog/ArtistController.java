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
import io.soundport.adapters.rest.catalog.CatalogRequests.CreateArtistRequest;
import io.soundport.adapters.rest.catalog.CatalogRequests.UpdateArtistRequest;
import io.soundport.adapters.rest.catalog.CatalogViews.ArtistView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.ArtistService;
import io.soundport.application.catalog.ListArtistsQuery;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Artists of the caller's catalog. */
@Controller(SoundportApi.BASE + "/artists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "artists")
@ApiDocs.Authenticated
public final class ArtistController {
    private final ArtistService artists;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ArtistController(ArtistService artists, Callers callers, IdempotentRequests idempotent) {
        this.artists = artists;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createArtist", summary = "Add an artist")
    public HttpResponse<ArtistView> create(HttpRequest<?> request, @Body CreateArtistRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Artist artist = artists.create(caller, body.command());
            return Etags.written(HttpResponse.created(ArtistView.of(artist),
                    URI.create(SoundportApi.BASE + "/artists/" + artist.id())), artist.version());
        });
    }

    @Get
    @Operation(operationId = "listArtists", summary = "Artists, newest first; `q` filters by name")
    public ListResponse<ArtistView> list(HttpRequest<?> request, @Nullable @QueryValue String q,
                                         @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(artists.list(caller, ListArtistsQuery.of(q, limit, cursor)), ArtistView::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getArtist", summary = "One artist")
    public HttpResponse<ArtistView> get(HttpRequest<?> request, @PathVariable String id) {
        Artist artist = artists.get(callers.of(request), id(id));
        return Etags.read(request, ArtistView.of(artist), artist.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateArtist", summary = "Change an artist (If-Match honoured)")
    public HttpResponse<ArtistView> update(HttpRequest<?> request, @PathVariable String id,
                                           @Body UpdateArtistRequest body) {
        Caller caller = callers.of(request);
        Artist artist = artists.update(caller, body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(ArtistView.of(artist)), artist.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteArtist",
            summary = "Delete an artist that has no releases or tracks (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        artists.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    private static ArtistId id(String raw) {
        return PathIds.parse(raw, ArtistId::of, "Artist");
    }
}
