package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Audience;
import io.soundport.sdk.model.AudienceMembersAdded;
import io.soundport.sdk.model.AudienceMembersRemoved;
import io.soundport.sdk.param.AudienceCreateParams;
import io.soundport.sdk.param.AudienceListParams;
import io.soundport.sdk.param.AudienceLookalikeParams;
import io.soundport.sdk.param.AudienceSyncParams;
import io.soundport.sdk.param.AudienceUpdateParams;
import io.soundport.sdk.param.MetaAudiencePerson;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Audiences of the organization, at {@code /audiences}: custom audiences and the people in them (sent by e-mail or
 * phone, kept by the server only as SHA-256 hashes), lookalikes made from them, and their sync to Meta. Reached
 * through {@link SoundportClient#audiences()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to change audiences, {@code read} to read them; a sync to Meta
 * needs a signed-in user with a Meta connection. Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class AudienceService {
    private final Transport transport;

    AudienceService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds a custom audience, without people yet.
     *
     * @param params the audience
     * @return the audience created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Audience create(AudienceCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Adds a custom audience, without people yet.
     *
     * @param params  the audience
     * @param options an idempotency key, a deadline
     * @return the audience created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Audience create(AudienceCreateParams params, RequestOptions options) {
        return transport.send(Call.post("audiences").body(params).options(options), Audience.class);
    }

    /**
     * Reads one audience, with its sync to Meta (the members sent so far while it runs).
     *
     * @param id the audience's id
     * @return the audience
     * @throws NotFoundException when the organization has no audience with this id
     */
    public Audience retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one audience, with its sync to Meta (the members sent so far while it runs).
     *
     * @param id      the audience's id
     * @param options a deadline
     * @return the audience
     * @throws NotFoundException when the organization has no audience with this id
     */
    public Audience retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("audiences", id).options(options), Audience.class);
    }

    /**
     * Reads an audience unless the copy the caller has is still current ({@code If-None-Match}).
     *
     * @param id           the audience's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the audience, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no audience with this id
     */
    public Optional<Audience> retrieveIfModified(String id, long knownVersion) {
        return transport.sendIfModified(Call.get("audiences", id).unlessVersion(knownVersion)
                .options(RequestOptions.none()), Audience.class);
    }

    /**
     * The first page of all audiences, newest first.
     *
     * @return the first page
     */
    public Page<Audience> list() {
        return list(AudienceListParams.all(), RequestOptions.none());
    }

    /**
     * A page of audiences, newest first.
     *
     * @param params type, origin, limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Audience> list(AudienceListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of audiences, newest first.
     *
     * @param params  type, origin, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Audience> list(AudienceListParams params, RequestOptions options) {
        return transport.list(Call.get("audiences").query(params).options(options), Audience.class);
    }

    /**
     * Changes some fields of an audience ({@code PATCH}); the others are kept.
     *
     * @param id     the audience's id
     * @param params the fields to change
     * @return the audience as changed
     * @throws ValidationException when a field is invalid
     * @throws NotFoundException   when the organization has no audience with this id
     * @throws ConflictException   when a lookalike would take a source or another country
     */
    public Audience update(String id, AudienceUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes some fields of an audience ({@code PATCH}); the others are kept.
     *
     * @param id      the audience's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the audience as changed
     * @throws ValidationException         when a field is invalid
     * @throws NotFoundException           when the organization has no audience with this id
     * @throws ConflictException           when a lookalike would take a source or another country
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current
     */
    public Audience update(String id, AudienceUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("audiences", id).conditional().body(params).options(options),
                Audience.class);
    }

    /**
     * Deletes an audience and its members (Meta's copy stays in the ad account).
     *
     * @param id the audience's id
     * @throws NotFoundException when the organization has no audience with this id
     * @throws ConflictException while lookalikes made from it remain, or a campaign uses it
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes an audience and its members (Meta's copy stays in the ad account).
     *
     * @param id      the audience's id
     * @param options a deadline, and the version to delete ({@code ifMatch})
     * @throws NotFoundException           when the organization has no audience with this id
     * @throws ConflictException           while lookalikes made from it remain, or a campaign uses it
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("audiences", id).conditional().options(options), Void.class);
    }

    /**
     * Adds people to a custom audience, each by e-mail, phone (international form) or both; the server keeps only
     * their SHA-256 hashes and skips a person the audience has already. They reach Meta with the next sync.
     *
     * @param id     the audience's id
     * @param people 1 to 10000 people
     * @return how many were received and added, and the audience with its new count
     * @throws ValidationException when a person is refused ({@code people[i].email}, {@code people[i].phone})
     * @throws ConflictException   for a lookalike, whose people Meta finds
     */
    public AudienceMembersAdded addMembers(String id, List<MetaAudiencePerson> people) {
        return addMembers(id, people, RequestOptions.none());
    }

    /**
     * Adds people to a custom audience, each by e-mail, phone (international form) or both; the server keeps only
     * their SHA-256 hashes and skips a person the audience has already. They reach Meta with the next sync.
     *
     * @param id      the audience's id
     * @param people  1 to 10000 people
     * @param options an idempotency key, a deadline
     * @return how many were received and added, and the audience with its new count
     * @throws ValidationException when a person is refused ({@code people[i].email}, {@code people[i].phone})
     * @throws ConflictException   for a lookalike, whose people Meta finds
     */
    public AudienceMembersAdded addMembers(String id, List<MetaAudiencePerson> people, RequestOptions options) {
        Objects.requireNonNull(people, "people is required");
        return transport.send(Call.post("audiences", id, "members").body(Map.of("people", people)).options(options),
                AudienceMembersAdded.class);
    }

    /**
     * Removes people from a custom audience, given as they were added (a person is known by their e-mail, else their
     * phone); the audience Meta has keeps whom a sync already sent it.
     *
     * @param id     the audience's id
     * @param people 1 to 10000 people
     * @return how many were received and removed, and the audience with its new count
     * @throws ValidationException when a person is refused
     * @throws ConflictException   for a lookalike
     */
    public AudienceMembersRemoved removeMembers(String id, List<MetaAudiencePerson> people) {
        return removeMembers(id, people, RequestOptions.none());
    }

    /**
     * Removes people from a custom audience, given as they were added (a person is known by their e-mail, else their
     * phone); the audience Meta has keeps whom a sync already sent it.
     *
     * @param id      the audience's id
     * @param people  1 to 10000 people
     * @param options an idempotency key, a deadline
     * @return how many were received and removed, and the audience with its new count
     * @throws ValidationException when a person is refused
     * @throws ConflictException   for a lookalike
     */
    public AudienceMembersRemoved removeMembers(String id, List<MetaAudiencePerson> people, RequestOptions options) {
        Objects.requireNonNull(people, "people is required");
        return transport.send(Call.post("audiences", id, "members", "remove").body(Map.of("people", people))
                .options(options), AudienceMembersRemoved.class);
    }

    /**
     * Makes a LOOKALIKE audience of a custom audience; Meta makes it when it is synced, once its origin is on Meta.
     *
     * @param originId the custom audience's id
     * @param params   the country, the ratio and maybe a name
     * @return the lookalike created
     * @throws ValidationException when the country or the ratio is invalid
     * @throws ConflictException   when the origin is a lookalike itself
     */
    public Audience createLookalike(String originId, AudienceLookalikeParams params) {
        return createLookalike(originId, params, RequestOptions.none());
    }

    /**
     * Makes a LOOKALIKE audience of a custom audience; Meta makes it when it is synced, once its origin is on Meta.
     *
     * @param originId the custom audience's id
     * @param params   the country, the ratio and maybe a name
     * @param options  an idempotency key, a deadline
     * @return the lookalike created
     * @throws ValidationException when the country or the ratio is invalid
     * @throws ConflictException   when the origin is a lookalike itself
     */
    public Audience createLookalike(String originId, AudienceLookalikeParams params, RequestOptions options) {
        return transport.send(Call.post("audiences", originId, "lookalike").body(params).options(options),
                Audience.class);
    }

    /**
     * Starts pushing the audience to Meta in the background; {@link #retrieve} shows {@code meta().sent()} of
     * {@code meta().total()} until it is {@code SYNCED} or {@code FAILED}.
     *
     * @param id     the audience's id
     * @param params the ad account, which may be null once the audience has one
     * @return the audience, {@code SYNCING}
     * @throws ValidationException when no ad account is known or the one given is invalid
     * @throws ConflictException   without a Meta connection, while a sync runs, for a lookalike whose origin is not
     *                             on Meta yet, or for another ad account than the one Meta has the audience in
     */
    public Audience syncToMeta(String id, AudienceSyncParams params) {
        return syncToMeta(id, params, RequestOptions.none());
    }

    /**
     * Starts pushing the audience to Meta in the background; {@link #retrieve} shows {@code meta().sent()} of
     * {@code meta().total()} until it is {@code SYNCED} or {@code FAILED}.
     *
     * @param id      the audience's id
     * @param params  the ad account, which may be null once the audience has one
     * @param options an idempotency key, a deadline
     * @return the audience, {@code SYNCING}
     * @throws ValidationException when no ad account is known or the one given is invalid
     * @throws ConflictException   without a Meta connection, while a sync runs, for a lookalike whose origin is not
     *                             on Meta yet, or for another ad account than the one Meta has the audience in
     */
    public Audience syncToMeta(String id, AudienceSyncParams params, RequestOptions options) {
        return transport.send(Call.post("audiences", id, "sync", "meta")
                .body(params == null ? new AudienceSyncParams(null) : params).options(options), Audience.class);
    }
}
