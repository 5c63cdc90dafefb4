package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.Member;
import io.soundport.sdk.model.Organization;
import io.soundport.sdk.param.InviteMemberParams;
import io.soundport.sdk.param.OrganizationUpdateParams;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.Role;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * The caller's organization and its members. Reached through {@link SoundportClient#organization()}.
 * <p>Reading needs the {@code read} scope (or any role); inviting, changing roles and removing members need the
 * {@code admin} scope or the ADMIN role, and the OWNER role where an owner is made or unmade. Every method may also
 * throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class OrganizationService {
    private final Transport transport;

    OrganizationService(Transport transport) {
        this.transport = transport;
    }

    /**
     * The caller's organization.
     *
     * @return the organization
     */
    public Organization retrieve() {
        return retrieve(RequestOptions.none());
    }

    /**
     * The caller's organization.
     *
     * @param options a deadline
     * @return the organization
     */
    public Organization retrieve(RequestOptions options) {
        return transport.send(Call.get("organization").options(options), Organization.class);
    }

    /**
     * Sets the organization's DDEX Party ID and party name, the sender of its ERN messages (OWNER only).
     *
     * @param params the fields to change
     * @return the organization as changed
     * @throws ValidationException when a field is invalid (a DDEX Party ID is {@code PADPIDA} followed by letters and
     *         digits); {@link ValidationException#details()} names each one
     * @throws PermissionException when the caller is not an OWNER
     */
    public Organization update(OrganizationUpdateParams params) {
        return update(params, RequestOptions.none());
    }

    /**
     * Sets the organization's DDEX Party ID and party name (OWNER only).
     *
     * @param params  the fields to change
     * @param options an {@code If-Match} version, a deadline
     * @return the organization as changed
     * @throws ValidationException when a field is invalid
     * @throws PermissionException when the caller is not an OWNER
     * @throws PreconditionFailedException when {@code If-Match} names a stale version
     */
    public Organization update(OrganizationUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.patch("organization").conditional().body(params).options(options),
                Organization.class);
    }

    /**
     * The first page of members, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Member> listMembers() {
        return listMembers(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of members, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Member> listMembers(ListParams params) {
        return listMembers(params, RequestOptions.none());
    }

    /**
     * A page of members, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Member> listMembers(ListParams params, RequestOptions options) {
        return transport.list(Call.get("organization", "members").query(params).options(options), Member.class);
    }

    /**
     * Adds a person by e-mail with a role (ADMIN may; only an OWNER adds an OWNER).
     *
     * @param params e-mail, role, name
     * @return the new member
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when the address is already a member
     * @throws PermissionException when an ADMIN invites an OWNER
     */
    public Member invite(InviteMemberParams params) {
        return invite(params, RequestOptions.none());
    }

    /**
     * Adds a person by e-mail with a role (ADMIN may; only an OWNER adds an OWNER).
     *
     * @param params  e-mail, role, name
     * @param options an idempotency key, a deadline
     * @return the new member
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws ConflictException when the address is already a member
     * @throws PermissionException when an ADMIN invites an OWNER
     */
    public Member invite(InviteMemberParams params, RequestOptions options) {
        return transport.send(Call.post("organization", "members").body(params).options(options), Member.class);
    }

    /**
     * One member.
     *
     * @param userId the member's user id
     * @return the member
     * @throws NotFoundException when the user is not a member of the organization
     */
    public Member retrieveMember(String userId) {
        return retrieveMember(userId, RequestOptions.none());
    }

    /**
     * One member.
     *
     * @param userId  the member's user id
     * @param options a deadline
     * @return the member
     * @throws NotFoundException when the user is not a member of the organization
     */
    public Member retrieveMember(String userId, RequestOptions options) {
        return transport.send(Call.get("organization", "members", userId).options(options), Member.class);
    }

    /**
     * Changes a member's role; the last OWNER stays one.
     *
     * @param userId the member's user id
     * @param role   the new role
     * @return the member as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the user is not a member of the organization
     * @throws ConflictException when it would demote the last OWNER
     * @throws PermissionException when an ADMIN makes or unmakes an OWNER
     */
    public Member changeRole(String userId, Role role) {
        return changeRole(userId, role, RequestOptions.none());
    }

    /**
     * Changes a member's role; the last OWNER stays one.
     *
     * @param userId  the member's user id
     * @param role    the new role
     * @param options {@code If-Match} with the member's version, a deadline
     * @return the member as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the user is not a member of the organization
     * @throws ConflictException when it would demote the last OWNER
     * @throws PermissionException when an ADMIN makes or unmakes an OWNER
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Member changeRole(String userId, Role role, RequestOptions options) {
        ApiEnum.requireKnown(Objects.requireNonNull(role, "role is required"), "role");
        return transport.send(Call.patch("organization", "members", userId).conditional()
                .body(Map.of("role", role.value())).options(options), Member.class);
    }

    /**
     * Removes a member (never the last OWNER).
     *
     * @param userId the member's user id
     * @throws NotFoundException when the user is not a member of the organization
     * @throws ConflictException when it would remove the last OWNER
     * @throws PermissionException when an ADMIN removes an OWNER
     */
    public void removeMember(String userId) {
        removeMember(userId, RequestOptions.none());
    }

    /**
     * Removes a member (never the last OWNER).
     *
     * @param userId  the member's user id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the user is not a member of the organization
     * @throws ConflictException when it would remove the last OWNER
     * @throws PermissionException when an ADMIN removes an OWNER
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void removeMember(String userId, RequestOptions options) {
        transport.send(Call.delete("organization", "members", userId).conditional().options(options), Void.class);
    }

    /**
     * Reads a member unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param userId       the member's user id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the member, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the user is not a member of the organization
     */
    public Optional<Member> retrieveMemberIfModified(String userId, long knownVersion) {
        return retrieveMemberIfModified(userId, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a member unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param userId       the member's user id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the member, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the user is not a member of the organization
     */
    public Optional<Member> retrieveMemberIfModified(String userId, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("organization", "members", userId).unlessVersion(knownVersion).options(options),
                Member.class);
    }

    /**
     * Reads the caller's organization unless the copy the caller has is still current ({@code If-None-Match}). The
     * organization carries no {@code version} field: take it from {@code client.lastResponse().version()} after
     * {@link #retrieve()}.
     *
     * @param knownVersion the version of the copy the caller has
     * @return the organization, or empty when its version is still {@code knownVersion} (304, not modified)
     */
    public Optional<Organization> retrieveIfModified(long knownVersion) {
        return retrieveIfModified(knownVersion, RequestOptions.none());
    }

    /**
     * Reads the caller's organization unless the copy the caller has is still current ({@code If-None-Match}). The
     * organization carries no {@code version} field: take it from {@code client.lastResponse().version()} after
     * {@link #retrieve()}.
     *
     * @param knownVersion the version of the copy the caller has
     * @param options      a deadline
     * @return the organization, or empty when its version is still {@code knownVersion} (304, not modified)
     */
    public Optional<Organization> retrieveIfModified(long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("organization").unlessVersion(knownVersion).options(options),
                Organization.class);
    }
}
