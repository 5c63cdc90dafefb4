package io.soundport.adapters.rest.catalog;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.catalog.CatalogRequests.ImportReleaseRequest;
import io.soundport.adapters.rest.catalog.CatalogViews.ReleaseView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Releases imported from outside sources into the catalog, as DRAFTs. */
@Controller(SoundportApi.BASE + "/releases/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "releases")
@ApiDocs.Authenticated
public final class ReleaseImportController {
    private final ReleaseImportService imports;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ReleaseImportController(ReleaseImportService imports, Callers callers, IdempotentRequests idempotent) {
        this.imports = imports;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/musicbrainz")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @ApiDocs.OutsideCall
    @Operation(operationId = "importMusicBrainzRelease", summary = "Import a MusicBrainz release as a DRAFT with its "
            + "tracklist, ISRCs, barcode, label and date where MusicBrainz has them; the artist of the credited name "
            + "is used (and linked to MusicBrainz when it was not) or added. 404 when MusicBrainz does not know the "
            + "release; 409 when it lacks what a catalog release needs (a track's length)")
    public HttpResponse<ReleaseView> importFromMusicBrainz(HttpRequest<?> request, @Body ImportReleaseRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> imports.read(caller, body.command()), prepared -> {
            ReleaseDetails details = imports.importRelease(caller, prepared);
            return Etags.written(HttpResponse.created(ReleaseView.of(details),
                    URI.create(SoundportApi.BASE + "/releases/" + details.release().id())), details.release().version());
        });
    }
}
