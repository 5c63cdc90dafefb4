package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.LiveEvent;
import io.soundport.sdk.param.LiveEventCreateParams;
import io.soundport.sdk.param.LiveEventListParams;
import io.soundport.sdk.param.LiveEventUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Live events of the organization (concerts, showcases, launches), at {@code /events}. Reached through
 * {@link SoundportClient#liveEvents()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to change events, {@code read} to read them. A status move
 * the rules do not allow (a cancelled or completed event scheduled again or moved, a postponed one scheduled again
 * on the same date, an event completed before its date) fails with {@link ConflictException}. Every method may also
 * throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class LiveEventService {
    private final Transport transport;

    LiveEventService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds a live event, {@code SCHEDULED} unless the params say otherwise.
     *
     * @param params the event
     * @return the event created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException   when it is created {@code COMPLETED} with a date still to come
     */
    public LiveEvent create(LiveEventCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Adds a live event, {@code SCHEDULED} unless the params say otherwise.
     *
     * @param params  the event
     * @param options an idempotency key, a deadline
     * @return the event created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException   when it is created {@code COMPLETED} with a date still to come
     */
    public LiveEvent create(LiveEventCreateParams params, RequestOptions options) {
        return transport.send(Call.post("events").body(params).options(options), LiveEvent.class);
    }

    /**
     * Reads one live event.
     *
     * @param id the event's id
     * @return the event
     * @throws NotFoundException when the organization has no event with this id
     */
    public LiveEvent retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one live event.
     *
     * @param id      the event's id
     * @param options a deadline
     * @return the event
     * @throws NotFoundException when the organization has no event with this id
     */
    public LiveEvent retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("events", id).options(options), LiveEvent.class);
    }

    /**
     * Reads a live event unless the copy the caller has is still current ({@code If-None-Match}).
     *
     * @param id           the event's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the event, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no event with this id
     */
    public Optional<LiveEvent> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a live event unless the copy the caller has is still current ({@code If-None-Match}).
     *
     * @param id           the event's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the event, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no event with this id
     */
    public Optional<LiveEvent> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("events", id).unlessVersion(knownVersion).options(options),
                LiveEvent.class);
    }

    /**
     * Replaces every field of a live event ({@code PUT}): what the params leave null is cleared, a null status is
     * {@code SCHEDULED}.
     *
     * @param id     the event's id
     * @param params every field
     * @return the event as replaced
     * @throws ValidationException when a field is invalid
     * @throws NotFoundException   when the organization has no event with this id
     * @throws ConflictException   when the status rules refuse the change
     */
    public LiveEvent replace(String id, LiveEventCreateParams params) {
        return replace(id, params, RequestOptions.none());
    }

    /**
     * Replaces every field of a live event ({@code PUT}): what the params leave null is cleared, a null status is
     * {@code SCHEDULED}.
     *
     * @param id      the event's id
     * @param params  every field
     * @param options {@code If-Match} with the version read, a deadline
     * @return the event as replaced
     * @throws ValidationException         when a field is invalid
     * @throws NotFoundException           when the organization has no event with this id
     * @throws ConflictException           when the status rules refuse the change
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public LiveEvent replace(String id, LiveEventCreateParams params, RequestOptions options) {
        return transport.send(Call.put("events", id).conditional().body(params).options(options), LiveEvent.class);
    }

    /**
     * Changes some fields of a live event ({@code PATCH}); the others are kept.
     *
     * @param id     the event's id
     * @param params the fields to change
     * @return the event as changed
     * @throws ValidationException when a field is invalid
     * @throws NotFoundException   when the organization has no event with this id
     * @throws ConflictException   when the status rules refuse the change
     */
    public LiveEvent update(String id, LiveEventUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes some fields of a live event ({@code PATCH}); the others are kept.
     *
     * @param id      the event's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the event as changed
     * @throws ValidationException         when a field is invalid
     * @throws NotFoundException           when the organization has no event with this id
     * @throws ConflictException           when the status rules refuse the change
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public LiveEvent update(String id, LiveEventUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("events", id).conditional().body(params).options(options), LiveEvent.class);
    }

    /**
     * Deletes a live event.
     *
     * @param id the event's id
     * @throws NotFoundException when the organization has no event with this id
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes a live event.
     *
     * @param id      the event's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException           when the organization has no event with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("events", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of all live events, soonest first.
     *
     * @return the first page
     */
    public Page<LiveEvent> list() {
        return list(LiveEventListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of live events, soonest first (by date, then id).
     *
     * @param params status, date range, limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<LiveEvent> list(LiveEventListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of live events, soonest first (by date, then id).
     *
     * @param params  status, date range, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<LiveEvent> list(LiveEventListParams params, RequestOptions options) {
        return transport.list(Call.get("events").query(params).options(options), LiveEvent.class);
    }
}
