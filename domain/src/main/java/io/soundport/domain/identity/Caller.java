package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as established by authentication: a member of an organization (signed in with a token) or an
 * application's API key. Every use case takes one and stays inside its organization. Its {@link Origin} (address,
 * user agent, request id) is what the audit log records beside the changes it makes.
 */
public record Caller(OrganizationId organizationId, UserId userId, ApiKeyId apiKeyId, Role role,
                     Set<Permission> permissions, Origin origin) {
    public Caller {
        Objects.requireNonNull(organizationId, "organizationId");
        if ((userId == null) == (apiKeyId == null)) {
            throw new IllegalArgumentException("a caller is either a user or an API key");
        }
        permissions = Set.copyOf(permissions);
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** A caller whose origin is not known (yet). */
    public Caller(OrganizationId organizationId, UserId userId, ApiKeyId apiKeyId, Role role,
                  Set<Permission> permissions) {
        this(organizationId, userId, apiKeyId, role, permissions, Origin.UNKNOWN);
    }

    /** The same caller, asking from {@code origin}. */
    public Caller from(Origin origin) {
        return new Caller(organizationId, userId, apiKeyId, role, permissions, origin);
    }

    public static Caller member(OrganizationId organizationId, UserId userId, Role role) {
        return new Caller(organizationId, userId, null, role, role.permissions());
    }

    public static Caller apiKey(OrganizationId organizationId, ApiKeyId keyId, Set<Scope> scopes) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        scopes.forEach(s -> permissions.addAll(s.permissions()));
        return new Caller(organizationId, null, keyId, null, permissions);
    }

    public boolean isUser() {
        return userId != null;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw DomainException.forbidden(isUser()
                    ? "Your role " + role + " does not allow this (needs " + permission.name().toLowerCase() + ")"
                    : "This API key lacks the scope this needs (" + scopeFor(permission) + ")");
        }
    }

    /** For actions only a signed-in person may take (managing their own tokens, the organization itself). */
    public UserId requireUser() {
        if (userId == null) {
            throw DomainException.forbidden("This needs a signed-in user, not an API key");
        }
        return userId;
    }

    /** A stable name for scoping per-caller records such as idempotency keys. */
    public String key() {
        return isUser() ? organizationId + "/" + userId : organizationId + "/" + apiKeyId;
    }

    private static String scopeFor(Permission permission) {
        return switch (permission) {
            case READ -> "read";
            case WRITE -> "write";
            case MANAGE, OWN -> "admin";
        };
    }
}
