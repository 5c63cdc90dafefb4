package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Track;
import io.soundport.sdk.model.TrackAudio;
import io.soundport.sdk.model.TrackSync;
import io.soundport.sdk.param.TrackCreateParams;
import io.soundport.sdk.param.TrackListParams;
import io.soundport.sdk.param.TrackSyncParams;
import io.soundport.sdk.param.TrackUpdateParams;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Tracks, on a release or on their own. Reached through {@link SoundportClient#tracks()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to change tracks, {@code read} to read them. Every method
 * may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class TrackService {
    private final Transport transport;

    TrackService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds a track, on a DRAFT release or on its own.
     *
     * @param params the track
     * @return the track created
     * @throws ValidationException when a field is invalid, or the release or artist is not in the catalog
     * @throws ConflictException when the release is no longer a DRAFT, or the position is taken on it
     */
    public Track create(TrackCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Adds a track, on a DRAFT release or on its own.
     *
     * @param params  the track
     * @param options an idempotency key, a deadline
     * @return the track created
     * @throws ValidationException when a field is invalid, or the release or artist is not in the catalog
     * @throws ConflictException when the release is no longer a DRAFT, or the position is taken on it
     */
    public Track create(TrackCreateParams params, RequestOptions options) {
        return transport.send(Call.post("tracks").body(params).options(options), Track.class);
    }

    /**
     * Imports the signed-in user's Spotify top or saved tracks into the catalog, in the background: each track with an
     * ISRC the catalog does not have becomes a track of its own with its artist. Poll {@link #retrieveSync(String)}
     * until its status is finished.
     *
     * @param params which tracks, how many
     * @return the import, QUEUED
     * @throws ConflictException when the user has no Spotify connection
     * @throws io.soundport.sdk.exception.ReconnectRequiredException when Spotify refused the connection's grant
     * @throws io.soundport.sdk.exception.PermissionException for an API key, or a user who may not write
     */
    public TrackSync syncFromSpotify(TrackSyncParams params) {
        return syncFromSpotify(params, RequestOptions.none());
    }

    /**
     * Imports the signed-in user's Spotify top or saved tracks into the catalog, in the background.
     *
     * @param params  which tracks, how many
     * @param options an idempotency key, a deadline
     * @return the import, QUEUED
     * @throws ConflictException when the user has no Spotify connection
     * @throws io.soundport.sdk.exception.ReconnectRequiredException when Spotify refused the connection's grant
     * @throws io.soundport.sdk.exception.PermissionException for an API key, or a user who may not write
     */
    public TrackSync syncFromSpotify(TrackSyncParams params, RequestOptions options) {
        return transport.send(Call.post("tracks", "sync", "spotify")
                .body(Objects.requireNonNull(params, "params is required")).options(options), TrackSync.class);
    }

    /**
     * Reads an import of Spotify tracks, with its counts so far.
     *
     * @param id the import's id
     * @return the import
     * @throws NotFoundException when the organization has no import with this id
     */
    public TrackSync retrieveSync(String id) {
        return retrieveSync(id, RequestOptions.none());
    }

    /**
     * Reads an import of Spotify tracks, with its counts so far.
     *
     * @param id      the import's id
     * @param options a deadline
     * @return the import
     * @throws NotFoundException when the organization has no import with this id
     */
    public TrackSync retrieveSync(String id, RequestOptions options) {
        return transport.send(Call.get("tracks", "sync", id).options(options), TrackSync.class);
    }

    /**
     * Reads one track.
     *
     * @param id the track's id
     * @return the track
     * @throws NotFoundException when the organization has no track with this id
     */
    public Track retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one track.
     *
     * @param id      the track's id
     * @param options a deadline
     * @return the track
     * @throws NotFoundException when the organization has no track with this id
     */
    public Track retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("tracks", id).options(options), Track.class);
    }

    /**
     * Changes a track; its release must be DRAFT.
     *
     * @param id     the track's id
     * @param params the fields to change
     * @return the track as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no track with this id
     * @throws ConflictException when the release is no longer a DRAFT, or the position is taken on it
     */
    public Track update(String id, TrackUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes a track; its release must be DRAFT.
     *
     * @param id      the track's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the track as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no track with this id
     * @throws ConflictException when the release is no longer a DRAFT, or the position is taken on it
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Track update(String id, TrackUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("tracks", id).conditional().body(params).options(options), Track.class);
    }

    /**
     * Deletes a track; its release must be DRAFT.
     *
     * @param id the track's id
     * @throws NotFoundException when the organization has no track with this id
     * @throws ConflictException when its release is no longer a DRAFT
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes a track; its release must be DRAFT.
     *
     * @param id      the track's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no track with this id
     * @throws ConflictException when its release is no longer a DRAFT
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("tracks", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of all tracks, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Track> list() {
        return list(TrackListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of tracks, newest first.
     *
     * @param params filters, limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Track> list(TrackListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of tracks, newest first.
     *
     * @param params  filters, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Track> list(TrackListParams params, RequestOptions options) {
        return transport.list(Call.get("tracks").query(params).options(options), Track.class);
    }

    /**
     * Reads a track unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the track's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the track, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no track with this id
     */
    public Optional<Track> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a track unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the track's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the track, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no track with this id
     */
    public Optional<Track> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("tracks", id).unlessVersion(knownVersion).options(options),
                Track.class);
    }

    /**
     * Stores the audio from a file, streamed and never held in memory, its content type told by its name
     * ({@code .wav} or {@code .flac}); it replaces what was stored before.
     *
     * @param id   the track's id
     * @param file the file
     * @return what the server stored and read from the file
     * @throws ValidationException when the file is not what its name says or cannot be read
     * @throws NotFoundException when the organization has no track with this id
     * @throws io.soundport.sdk.exception.SoundportException with status 413 when the file is larger than 2 GiB
     */
    public TrackAudio uploadAudio(String id, Path file) {
        return uploadAudio(id, file, UploadProgress.NONE, RequestOptions.none());
    }

    /**
     * Stores the audio from a file, streamed and never held in memory, telling {@code progress} as it goes; it
     * replaces what was stored before. A dropped connection sends the file again (up to the options' retries).
     *
     * @param id       the track's id
     * @param file     the file, named {@code .wav} or {@code .flac}
     * @param progress told as the bytes go out
     * @param options  a deadline (two hours when none is given), retries
     * @return what the server stored and read from the file
     */
    public TrackAudio uploadAudio(String id, Path file, UploadProgress progress, RequestOptions options) {
        return transport.send(Call.put("tracks", id, "audio")
                .raw(Uploads.of(file, Uploads.contentTypeOf(file), progress)).options(options), TrackAudio.class);
    }

    /**
     * Stores the audio read from a stream, sent as it is read and never held in memory; sent once (a stream cannot
     * be read again), so a dropped connection is not retried. The caller closes the stream.
     *
     * @param id          the track's id
     * @param content     the file's bytes
     * @param length      how many bytes the stream holds, or -1 when unknown (sent chunked)
     * @param contentType {@code audio/wav} or {@code audio/flac}
     * @param progress    told as the bytes go out
     * @param options     a deadline (two hours when none is given)
     * @return what the server stored and read from the file
     */
    public TrackAudio uploadAudio(String id, InputStream content, long length, String contentType,
                                  UploadProgress progress, RequestOptions options) {
        return transport.send(Call.put("tracks", id, "audio")
                .raw(Uploads.of(content, length, contentType, progress)).options(options), TrackAudio.class);
    }

    /**
     * Reads what the server knows of the stored audio: size, hashes and what it read from the file.
     *
     * @param id the track's id
     * @return the stored file's description
     * @throws NotFoundException when there is no such track, or it has no audio
     */
    public TrackAudio retrieveAudio(String id) {
        return retrieveAudio(id, RequestOptions.none());
    }

    /**
     * Reads what the server knows of the stored audio.
     *
     * @param id      the track's id
     * @param options a deadline
     * @return the stored file's description
     * @throws NotFoundException when there is no such track, or it has no audio
     */
    public TrackAudio retrieveAudio(String id, RequestOptions options) {
        return transport.send(Call.get("tracks", id, "audio").options(options), TrackAudio.class);
    }

    /**
     * Removes the stored audio; the release must be a DRAFT.
     *
     * @param id the track's id
     * @throws NotFoundException when there is no such track, or it has no audio
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public void deleteAudio(String id) {
        deleteAudio(id, RequestOptions.none());
    }

    /**
     * Removes the stored audio; the release must be a DRAFT.
     *
     * @param id      the track's id
     * @param options a deadline
     * @throws NotFoundException when there is no such track, or it has no audio
     * @throws ConflictException when the release is no longer a DRAFT
     */
    public void deleteAudio(String id, RequestOptions options) {
        transport.send(Call.delete("tracks", id, "audio").options(options), Void.class);
    }
}
