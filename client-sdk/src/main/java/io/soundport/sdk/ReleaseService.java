package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.model.ReleaseArtwork;
import io.soundport.sdk.model.ReleaseImport;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseListParams;
import io.soundport.sdk.param.ReleaseUpdateParams;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Releases: ingestion with their tracks in one call, reads, edits while DRAFT, submission and takedown.
 * Reached through {@link SoundportClient#releases()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to change releases, {@code read} to read them. Every method
 * may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class ReleaseService {
    private final Transport transport;

    ReleaseService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Ingests a release with its tracks (UPC and ISRCs validated); it starts as DRAFT.
     *
     * @param params the release
     * @return the release created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when another release of the organization has this UPC
     */
    public Release create(ReleaseCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Ingests a release with its tracks (UPC and ISRCs validated); it starts as DRAFT.
     *
     * @param params  the release
     * @param options an idempotency key, a deadline
     * @return the release created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when another release of the organization has this UPC
     */
    public Release create(ReleaseCreateParams params, RequestOptions options) {
        return transport.send(Call.post("releases").body(params).options(options), Release.class);
    }

    /**
     * Imports a MusicBrainz release as a DRAFT, with its tracklist, ISRCs, barcode, label and date where MusicBrainz
     * has them; the catalog's artist of the credited name is used (and linked to MusicBrainz when it was not), or
     * added.
     *
     * @param mbid the MusicBrainz release id (find it with {@code musicbrainz().searchReleases(..)})
     * @return the release created
     * @throws NotFoundException     when MusicBrainz does not know the release
     * @throws ConflictException     when MusicBrainz lacks what a catalog release needs (a track's length), or another
     *                               release of the organization has its barcode
     * @throws ValidationException   when the id is no MusicBrainz id
     * @throws IntegrationException  when MusicBrainz failed
     */
    public Release importFromMusicBrainz(String mbid) {
        return importFromMusicBrainz(mbid, RequestOptions.none());
    }

    /**
     * Imports a MusicBrainz release as a DRAFT; see {@link #importFromMusicBrainz(String)}.
     *
     * @param mbid    the MusicBrainz release id
     * @param options an idempotency key, a deadline
     * @return the release created
     * @throws NotFoundException     when MusicBrainz does not know the release
     * @throws ConflictException     when MusicBrainz lacks what a catalog release needs, or the barcode is taken
     * @throws ValidationException   when the id is no MusicBrainz id
     * @throws IntegrationException  when MusicBrainz failed
     */
    public Release importFromMusicBrainz(String mbid, RequestOptions options) {
        return transport.send(Call.post("releases", "import", "musicbrainz")
                .body(Map.of("mbid", mbid == null ? "" : mbid)).options(options), Release.class);
    }

    /**
     * Imports a MusicBrainz release as a DRAFT, as {@link #importFromMusicBrainz(String)} does, and with
     * {@code cover} its front cover from the Cover Art Archive as its artwork once the release is written. The import
     * never fails for its cover: no cover in the archive, a cover artwork refuses (JPEG or PNG, square, at least
     * 1400×1400) or the archive failing leaves the release imported without artwork, and
     * {@link ReleaseImport#cover()} says which.
     *
     * @param mbid  the MusicBrainz release id (find it with {@code musicbrainz().searchReleases(..)})
     * @param cover whether to store the release's front cover as its artwork too
     * @return the release created, and what became of its cover ({@link ReleaseImport#cover()} is null when
     *         {@code cover} is false)
     * @throws NotFoundException     when MusicBrainz does not know the release
     * @throws ConflictException     when MusicBrainz lacks what a catalog release needs (a track's length), or another
     *                               release of the organization has its barcode
     * @throws ValidationException   when the id is no MusicBrainz id
     * @throws IntegrationException  when MusicBrainz failed (never for the cover)
     */
    public ReleaseImport importFromMusicBrainz(String mbid, boolean cover) {
        return importFromMusicBrainz(mbid, cover, RequestOptions.none());
    }

    /**
     * Imports a MusicBrainz release as a DRAFT, with its front cover as its artwork when {@code cover}; see
     * {@link #importFromMusicBrainz(String, boolean)}.
     *
     * @param mbid    the MusicBrainz release id
     * @param cover   whether to store the release's front cover as its artwork too
     * @param options an idempotency key, a deadline
     * @return the release created, and what became of its cover ({@link ReleaseImport#cover()} is null when
     *         {@code cover} is false, and when the answer replays an earlier request's with the same idempotency key:
     *         that request dealt with the cover, {@link #retrieveArtwork(String)} tells whether it is there)
     * @throws NotFoundException     when MusicBrainz does not know the release
     * @throws ConflictException     when MusicBrainz lacks what a catalog release needs, or the barcode is taken
     * @throws ValidationException   when the id is no MusicBrainz id
     * @throws IntegrationException  when MusicBrainz failed (never for the cover)
     */
    public ReleaseImport importFromMusicBrainz(String mbid, boolean cover, RequestOptions options) {
        Release release = transport.send(Call.post("releases", "import", "musicbrainz")
                .body(Map.of("mbid", mbid == null ? "" : mbid, "cover", cover)).options(options), Release.class);
        ResponseMetadata answer = transport.lastResponse();
        return new ReleaseImport(release, answer == null ? null : answer.header("Cover-Art"),
                answer == null ? null : answer.header("Cover-Art-Message"));
    }

    /**
     * Reads a release with its tracks.
     *
     * @param id the release's id
     * @return the release
     * @throws NotFoundException when the organization has no release with this id
     */
    public Release retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads a release with its tracks.
     *
     * @param id      the release's id
     * @param options a deadline
     * @return the release
     * @throws NotFoundException when the organization has no release with this id
     */
    public Release retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("releases", id).options(options), Release.class);
    }

    /**
     * Changes a DRAFT release.
     *
     * @param id     the release's id
     * @param params the fields to change
     * @return the release as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT, or another release of the organization has this
     *                           UPC
     */
    public Release update(String id, ReleaseUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes a DRAFT release.
     *
     * @param id      the release's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the release as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT, or another release of the organization has this
     *                           UPC
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Release update(String id, ReleaseUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("releases", id).conditional().body(params).options(options), Release.class);
    }

    /**
     * Deletes a DRAFT release and its tracks.
     *
     * @param id the release's id
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes a DRAFT release and its tracks.
     *
     * @param id      the release's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("releases", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of all releases, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ReleaseSummary> list() {
        return list(ReleaseListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of releases, newest first.
     *
     * @param params filters, limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ReleaseSummary> list(ReleaseListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of releases, newest first.
     *
     * @param params  filters, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<ReleaseSummary> list(ReleaseListParams params, RequestOptions options) {
        return transport.list(Call.get("releases").query(params).options(options), ReleaseSummary.class);
    }

    /**
     * Submits a DRAFT release for delivery (it needs a track and a release date): DRAFT → SUBMITTED.
     *
     * @param id the release's id
     * @return the release as submitted
     * @throws ValidationException when the release has no release date or no track (each named in
     *                             {@link ValidationException#details()})
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public Release submit(String id) {
        return submit(id, RequestOptions.none());
    }

    /**
     * Submits a DRAFT release for delivery (it needs a track and a release date): DRAFT → SUBMITTED.
     *
     * @param id      the release's id
     * @param options {@code If-Match} with the version read, a deadline
     * @return the release as submitted
     * @throws ValidationException when the release has no release date or no track (each named in
     *                             {@link ValidationException#details()})
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is no longer a DRAFT
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Release submit(String id, RequestOptions options) {
        return transport.send(Call.post("releases", id, "submit").conditional().options(options),
                Release.class);
    }

    /**
     * Asks every partner that has the release to take it down: the release becomes {@code TAKEDOWN_REQUESTED}, one
     * {@code TAKEDOWN} delivery is queued to each partner it was delivered to ({@code deliveries().list(..)} shows
     * them), and once they are done the release is {@code TAKEN_DOWN}.
     *
     * @param id the release's id
     * @return the release with its new status
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release reached no partner yet (it is neither DELIVERING nor DELIVERED)
     */
    public Release takedown(String id) {
        return takedown(id, RequestOptions.none());
    }

    /**
     * Asks every partner that has the release to take it down: the release becomes {@code TAKEDOWN_REQUESTED}, one
     * {@code TAKEDOWN} delivery is queued to each partner it was delivered to ({@code deliveries().list(..)} shows
     * them), and once they are done the release is {@code TAKEN_DOWN}.
     *
     * @param id      the release's id
     * @param options {@code If-Match} with the version read, a deadline
     * @return the release with its new status
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release reached no partner yet (it is neither DELIVERING nor DELIVERED)
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Release takedown(String id, RequestOptions options) {
        return transport.send(Call.post("releases", id, "takedown").conditional().options(options),
                Release.class);
    }

    /**
     * Reads a release with its tracks unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the release's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the release, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no release with this id
     */
    public Optional<Release> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a release with its tracks unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the release's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the release, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no release with this id
     */
    public Optional<Release> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("releases", id).unlessVersion(knownVersion).options(options),
                Release.class);
    }

    /**
     * Stores the artwork from a file, streamed and never held in memory, its content type told by its name
     * ({@code .jpg}, {@code .jpeg} or {@code .png}); it replaces what was stored before.
     *
     * @param id   the release's id
     * @param file the file
     * @return what the server stored and read from the file
     * @throws ValidationException when the file is not what its name says or cannot be read,
     *         or is not square and at least 1400×1400
     * @throws NotFoundException when the organization has no release with this id
     * @throws io.soundport.sdk.exception.SoundportException with status 413 when the file is larger than 2 GiB
     */
    public ReleaseArtwork uploadArtwork(String id, Path file) {
        return uploadArtwork(id, file, UploadProgress.NONE, RequestOptions.none());
    }

    /**
     * Stores the artwork from a file, streamed and never held in memory, telling {@code progress} as it goes; it
     * replaces what was stored before. A dropped connection sends the file again (up to the options' retries).
     *
     * @param id       the release's id
     * @param file     the file, named {@code .jpg}, {@code .jpeg} or {@code .png}
     * @param progress told as the bytes go out
     * @param options  a deadline (two hours when none is given), retries
     * @return what the server stored and read from the file
     */
    public ReleaseArtwork uploadArtwork(String id, Path file, UploadProgress progress, RequestOptions options) {
        return transport.send(Call.put("releases", id, "artwork")
                .raw(Uploads.of(file, Uploads.contentTypeOf(file), progress)).options(options), ReleaseArtwork.class);
    }

    /**
     * Stores the artwork read from a stream, sent as it is read and never held in memory; sent once (a stream cannot
     * be read again), so a dropped connection is not retried. The caller closes the stream.
     *
     * @param id          the release's id
     * @param content     the file's bytes
     * @param length      how many bytes the stream holds, or -1 when unknown (sent chunked)
     * @param contentType {@code image/jpeg} or {@code image/png}
     * @param progress    told as the bytes go out
     * @param options     a deadline (two hours when none is given)
     * @return what the server stored and read from the file
     */
    public ReleaseArtwork uploadArtwork(String id, InputStream content, long length, String contentType,
                                        UploadProgress progress, RequestOptions options) {
        return transport.send(Call.put("releases", id, "artwork")
                .raw(Uploads.of(content, length, contentType, progress)).options(options), ReleaseArtwork.class);
    }

    /**
     * Reads what the server knows of the stored artwork: size, hashes and what it read from the file.
     *
     * @param id the release's id
     * @return the stored file's description
     * @throws NotFoundException when there is no such release, or it has no artwork
     */
    public ReleaseArtwork retrieveArtwork(String id) {
        return retrieveArtwork(id, RequestOptions.none());
    }

    /**
     * Reads what the server knows of the stored artwork.
     *
     * @param id      the release's id
     * @param options a deadline
     * @return the stored file's description
     * @throws NotFoundException when there is no such release, or it has no artwork
     */
    public ReleaseArtwork retrieveArtwork(String id, RequestOptions options) {
        return transport.send(Call.get("releases", id, "artwork").options(options), ReleaseArtwork.class);
    }

    /**
     * Removes the stored artwork; the release must be a DRAFT.
     *
     * @param id the release's id
     * @throws NotFoundException when there is no such release, or it has no artwork
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public void deleteArtwork(String id) {
        deleteArtwork(id, RequestOptions.none());
    }

    /**
     * Removes the stored artwork; the release must be a DRAFT.
     *
     * @param id      the release's id
     * @param options a deadline
     * @throws NotFoundException when there is no such release, or it has no artwork
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public void deleteArtwork(String id, RequestOptions options) {
        transport.send(Call.delete("releases", id, "artwork").options(options), Void.class);
    }
}
