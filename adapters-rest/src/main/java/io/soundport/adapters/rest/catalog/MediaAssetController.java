package io.soundport.adapters.rest.catalog;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.catalog.CatalogViews.ArtworkView;
import io.soundport.adapters.rest.catalog.CatalogViews.AudioView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.MediaAssetService;
import io.soundport.application.catalog.UploadMediaCommand;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A track's audio and a release's artwork: the file is the raw body, with its {@code Content-Type}, streamed from the
 * connection to the blob store as it arrives (the server's {@code max-request-size} lets 2 GB through; nothing binds
 * the body, so Micronaut never aggregates it), on the blocking pool that serves every request here.
 */
@Controller(SoundportApi.BASE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "media")
@ApiDocs.Authenticated
public final class MediaAssetController {
    private static final String BINARY = "binary";
    private final MediaAssetService media;
    private final Callers callers;

    public MediaAssetController(MediaAssetService media, Callers callers) {
        this.media = media;
        this.callers = callers;
    }

    @Put("/tracks/{id}/audio")
    @Consumes(MediaType.ALL)
    @ApiDocs.NotFound
    @ApiDocs.Upload
    @Operation(operationId = "uploadTrackAudio", summary = "Store the audio of a track (WAV or FLAC, up to 2 GiB)",
            description = "The body is the file itself, its Content-Type audio/wav (or audio/x-wav, audio/wave) or "
                    + "audio/flac. It is streamed to storage, hashed (SHA-256, MD5) on the way, and read for its "
                    + "codec, sample rate, bit depth, channels and duration; it replaces the track's earlier audio. "
                    + "A file that is not what its Content-Type says, or cannot be read, is refused (400) and nothing "
                    + "is kept. A length differing from the track's duration_ms by more than a second is reported in "
                    + "`warnings`, not refused.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "audio/wav", schema = @Schema(type = "string", format = BINARY)),
                    @Content(mediaType = "audio/flac", schema = @Schema(type = "string", format = BINARY))}))
    public AudioView uploadAudio(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        TrackId track = PathIds.parse(id, TrackId::of, "Track");
        try (InputStream body = body(request)) {
            return AudioView.of(media.upload(caller, UploadMediaCommand.audio(track, contentType(request), body,
                    request.getContentLength())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/tracks/{id}/audio")
    @ApiDocs.NotFound
    @Operation(operationId = "getTrackAudio", summary = "The audio of a track: size, hashes and what was read from it")
    public AudioView audio(HttpRequest<?> request, @PathVariable String id) {
        TrackId track = PathIds.parse(id, TrackId::of, "Track");
        return AudioView.of(media.get(callers.of(request), AssetSubject.audioOf(track)));
    }

    @Delete("/tracks/{id}/audio")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteTrackAudio", summary = "Remove the audio of a track; its release must be DRAFT")
    public void deleteAudio(HttpRequest<?> request, @PathVariable String id) {
        TrackId track = PathIds.parse(id, TrackId::of, "Track");
        media.delete(callers.of(request), AssetSubject.audioOf(track));
    }

    @Put("/releases/{id}/artwork")
    @Consumes(MediaType.ALL)
    @ApiDocs.NotFound
    @ApiDocs.Upload
    @Operation(operationId = "uploadReleaseArtwork",
            summary = "Store the cover of a release (JPEG or PNG, square, at least 1400×1400)",
            description = "The body is the image itself, its Content-Type image/jpeg or image/png. It is streamed to "
                    + "storage, hashed (SHA-256, MD5) on the way and read for its dimensions; it replaces the "
                    + "release's earlier artwork. An image that is not square, smaller than 1400×1400, not what its "
                    + "Content-Type says or unreadable is refused (400) and nothing is kept.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = BINARY)),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = BINARY))}))
    public ArtworkView uploadArtwork(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        ReleaseId release = PathIds.parse(id, ReleaseId::of, "Release");
        try (InputStream body = body(request)) {
            return ArtworkView.of(media.upload(caller, UploadMediaCommand.artwork(release, contentType(request), body,
                    request.getContentLength())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/releases/{id}/artwork")
    @ApiDocs.NotFound
    @Operation(operationId = "getReleaseArtwork", summary = "The cover of a release: size, hashes and dimensions")
    public ArtworkView artwork(HttpRequest<?> request, @PathVariable String id) {
        ReleaseId release = PathIds.parse(id, ReleaseId::of, "Release");
        return ArtworkView.of(media.get(callers.of(request), AssetSubject.artworkOf(release)));
    }

    @Delete("/releases/{id}/artwork")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteReleaseArtwork", summary = "Remove the cover of a release; it must be DRAFT")
    public void deleteArtwork(HttpRequest<?> request, @PathVariable String id) {
        ReleaseId release = PathIds.parse(id, ReleaseId::of, "Release");
        media.delete(callers.of(request), AssetSubject.artworkOf(release));
    }

    private static String contentType(HttpRequest<?> request) {
        return request.getHeaders().get("Content-Type");
    }

    /** The body as it arrives, never aggregated; an empty stream when there is none. */
    private static InputStream body(HttpRequest<?> request) {
        if (request instanceof ServerHttpRequest<?> server) {
            return server.byteBody().move().toInputStream();
        }
        throw DomainException.invalid("content", "must be the file, as the request body");
    }
}
