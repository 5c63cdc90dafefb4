package io.soundport.adapters.rest.catalog;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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
import io.soundport.application.catalog.CoverImport;
import io.soundport.application.catalog.CoverImportService;
import io.soundport.application.catalog.ImportCoverCommand;
import io.soundport.application.catalog.ImportReleaseCommand;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/** Releases imported from outside sources into the catalog, as DRAFTs. */
@Controller(SoundportApi.BASE + "/releases/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "releases")
@ApiDocs.Authenticated
public final class ReleaseImportController {
    /** What became of the front cover asked for: {@value #STORED}, or a {@link CoverImport.Reason}. */
    static final String COVER_ART = "Cover-Art";
    static final String STORED = "STORED";
    /** Why the cover was not stored, for people. */
    static final String COVER_ART_MESSAGE = "Cover-Art-Message";

    private final ReleaseImportService imports;
    private final CoverImportService covers;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ReleaseImportController(ReleaseImportService imports, CoverImportService covers, Callers callers,
                                   IdempotentRequests idempotent) {
        this.imports = imports;
        this.covers = covers;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/musicbrainz")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreateWithCover
    @ApiDocs.NotFound
    @ApiDocs.OutsideCall
    @Operation(operationId = "importMusicBrainzRelease", summary = "Import a MusicBrainz release as a DRAFT with its "
            + "tracklist, ISRCs, barcode, label and date where MusicBrainz has them; the artist of the credited name "
            + "is used (and linked to MusicBrainz when it was not) or added. 404 when MusicBrainz does not know the "
            + "release; 409 when it lacks what a catalog release needs (a track's length)", description = "With "
            + "`\"cover\": true`, once the release is written its front cover is fetched from the Cover Art Archive "
            + "and stored as its artwork under every rule of `PUT /releases/{id}/artwork` (JPEG or PNG, square, at "
            + "least 1400 px a side). The import never fails for its cover: no cover in the archive, a cover those "
            + "rules refuse, or the archive failing leaves the release imported without artwork, and the `Cover-Art` "
            + "header says which (`STORED`, `NOT_FOUND`, `REFUSED`, `FAILED`), `Cover-Art-Message` why.")
    public HttpResponse<ReleaseView> importFromMusicBrainz(HttpRequest<?> request, @Body ImportReleaseRequest body) {
        Caller caller = callers.of(request);
        ImportReleaseCommand command = body.command();
        // set only when this request wrote the release, not when it replays an earlier answer
        AtomicReference<MutableHttpResponse<ReleaseView>> created = new AtomicReference<>();
        HttpResponse<ReleaseView> answer = idempotent.run(request, caller, body, () -> imports.read(caller, command),
                prepared -> {
                    ReleaseDetails details = imports.importRelease(caller, prepared);
                    created.set(Etags.written(HttpResponse.created(ReleaseView.of(details),
                                    URI.create(SoundportApi.BASE + "/releases/" + details.release().id())),
                            details.release().version()));
                    return created.get();
                });
        if (!body.withCover() || created.get() == null) {
            // no cover asked for, or a replay: the first request dealt with the cover
            return answer;
        }
        // the release is committed: the archive is waited on outside any unit of work
        MutableHttpResponse<ReleaseView> written = created.get();
        CoverImport cover = covers.importFront(caller, new ImportCoverCommand(
                ReleaseId.of(written.body().id()), command.mbid()));
        if (cover instanceof CoverImport.NotStored notStored) {
            return written.header(COVER_ART, notStored.reason().name())
                    .header(COVER_ART_MESSAGE, printable(notStored.message()));
        }
        return written.header(COVER_ART, STORED);
    }

    /** A message as a header value: printable ASCII, the multiplication sign of dimensions as an x. */
    private static String printable(String message) {
        StringBuilder ascii = new StringBuilder(message.length());
        message.replace('×', 'x').chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return ascii.toString();
    }
}
