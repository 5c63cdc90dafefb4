package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Partner;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.PartnerCreateParams;
import io.soundport.sdk.param.PartnerUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Delivery partners (DSPs) of the caller's organization: where releases are delivered, by HTTP or to a folder.
 * Adding, changing and deleting them needs an OWNER or ADMIN, or an API key with the {@code admin} scope; every member
 * reads them. Their credentials are write-only: a partner read shows only {@link Partner#hasCredentials()}.
 * Reached through {@link SoundportClient#partners()}.
 * <p>Reading needs the {@code read} scope (or any role); creating, changing and deleting need the {@code admin}
 * scope or the ADMIN role. Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class PartnerService {
    private final Transport transport;

    PartnerService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Adds a partner; an HTTP endpoint must be an https URL whose host resolves only to public addresses (never
     * private, loopback or link-local), unless the server's {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS} lists its host
     * exactly, which also allows http. An S3 endpoint is {@code s3://<bucket>/<prefix>}, and its credentials (required)
     * the JSON {@code {"region":"eu-west-1","access_key_id":"...","secret_access_key":"..."}} or
     * {@code {"region":"eu-west-1","role_arn":"arn:aws:iam::123456789012:role/x","external_id":"..."}}.
     *
     * @param params the name, protocol, endpoint, territories, credentials
     * @return the partner added
     * @throws ValidationException when a field is invalid, the endpoint is refused by the outbound URL check, or an
     *                             S3 partner's credentials are missing or not a region with keys or a role
     */
    public Partner create(PartnerCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Adds a partner; an HTTP endpoint must be an https URL whose host resolves only to public addresses (never
     * private, loopback or link-local), unless the server's {@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS} lists its host
     * exactly, which also allows http. An S3 endpoint is {@code s3://<bucket>/<prefix>}, and its credentials (required)
     * the JSON {@code {"region":"eu-west-1","access_key_id":"...","secret_access_key":"..."}} or
     * {@code {"region":"eu-west-1","role_arn":"arn:aws:iam::123456789012:role/x","external_id":"..."}}.
     *
     * @param params  the name, protocol, endpoint, territories, credentials
     * @param options an idempotency key, a deadline
     * @return the partner added
     * @throws ValidationException when a field is invalid, the endpoint is refused by the outbound URL check, or an
     *                             S3 partner's credentials are missing or not a region with keys or a role
     */
    public Partner create(PartnerCreateParams params, RequestOptions options) {
        return transport.send(Call.post("partners").body(params).options(options), Partner.class);
    }

    /**
     * Reads one partner, without its credentials.
     *
     * @param id the partner's id
     * @return the partner
     * @throws NotFoundException when the organization has no partner with this id
     */
    public Partner retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one partner, without its credentials.
     *
     * @param id      the partner's id
     * @param options a deadline
     * @return the partner
     * @throws NotFoundException when the organization has no partner with this id
     */
    public Partner retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("partners", id).options(options), Partner.class);
    }

    /**
     * Changes a partner; {@code active(false)} stops deliveries to it.
     *
     * @param id     the partner's id
     * @param params the fields to change
     * @return the partner as changed
     * @throws ValidationException when a field is invalid or the endpoint is refused by the outbound URL check
     * @throws NotFoundException when the organization has no partner with this id
     */
    public Partner update(String id, PartnerUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes a partner; {@code active(false)} stops deliveries to it.
     *
     * @param id      the partner's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the partner as changed
     * @throws ValidationException when a field is invalid or the endpoint is refused by the outbound URL check
     * @throws NotFoundException when the organization has no partner with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Partner update(String id, PartnerUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("partners", id).conditional().body(params).options(options), Partner.class);
    }

    /**
     * Deletes a partner that has no deliveries; one that has some fails with a
     * {@link io.soundport.sdk.exception.ConflictException}: deactivate it instead.
     *
     * @param id the partner's id
     * @throws NotFoundException when the organization has no partner with this id
     * @throws ConflictException when the partner has deliveries (deactivate it instead)
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes a partner that has no deliveries; one that has some fails with a
     * {@link io.soundport.sdk.exception.ConflictException}: deactivate it instead.
     *
     * @param id      the partner's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no partner with this id
     * @throws ConflictException when the partner has deliveries (deactivate it instead)
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("partners", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of the partners, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Partner> list() {
        return list(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the partners, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Partner> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of the partners, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Partner> list(ListParams params, RequestOptions options) {
        return transport.list(Call.get("partners").query(params).options(options), Partner.class);
    }

    /**
     * Reads a partner unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the partner's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the partner, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no partner with this id
     */
    public Optional<Partner> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a partner unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the partner's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the partner, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no partner with this id
     */
    public Optional<Partner> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("partners", id).unlessVersion(knownVersion).options(options),
                Partner.class);
    }
}
