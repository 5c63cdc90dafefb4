package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Artist;
import io.soundport.sdk.param.ArtistCreateParams;
import io.soundport.sdk.param.ArtistListParams;
import io.soundport.sdk.param.ArtistUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Artists of the catalog. Reached through {@link SoundportClient#artists()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to change artists, {@code read} to read them. Every method
 * may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class ArtistService {
    private final Transport transport;

    ArtistService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds an artist.
     *
     * @param params the artist
     * @return the artist created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Artist create(ArtistCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Adds an artist.
     *
     * @param params  the artist
     * @param options an idempotency key, a deadline
     * @return the artist created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Artist create(ArtistCreateParams params, RequestOptions options) {
        return transport.send(Call.post("artists").body(params).options(options), Artist.class);
    }

    /**
     * Reads one artist.
     *
     * @param id the artist's id
     * @return the artist
     * @throws NotFoundException when the organization has no artist with this id
     */
    public Artist retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one artist.
     *
     * @param id      the artist's id
     * @param options a deadline
     * @return the artist
     * @throws NotFoundException when the organization has no artist with this id
     */
    public Artist retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("artists", id).options(options), Artist.class);
    }

    /**
     * Changes an artist.
     *
     * @param id     the artist's id
     * @param params the fields to change
     * @return the artist as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no artist with this id
     */
    public Artist update(String id, ArtistUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes an artist.
     *
     * @param id      the artist's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the artist as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no artist with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Artist update(String id, ArtistUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("artists", id).conditional().body(params).options(options), Artist.class);
    }

    /**
     * Deletes an artist that has no releases or tracks.
     *
     * @param id the artist's id
     * @throws NotFoundException when the organization has no artist with this id
     * @throws ConflictException when the artist still has releases or tracks
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes an artist that has no releases or tracks.
     *
     * @param id      the artist's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no artist with this id
     * @throws ConflictException when the artist still has releases or tracks
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("artists", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of all artists, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Artist> list() {
        return list(ArtistListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of artists, newest first.
     *
     * @param params filters, limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Artist> list(ArtistListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of artists, newest first.
     *
     * @param params  filters, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Artist> list(ArtistListParams params, RequestOptions options) {
        return transport.list(Call.get("artists").query(params).options(options), Artist.class);
    }

    /**
     * Reads an artist unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the artist's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the artist, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no artist with this id
     */
    public Optional<Artist> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads an artist unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the artist's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the artist, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no artist with this id
     */
    public Optional<Artist> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("artists", id).unlessVersion(knownVersion).options(options),
                Artist.class);
    }
}
