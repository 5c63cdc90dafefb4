package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An API key of an application. Only its SHA-256 is kept; {@code prefix} is the first characters, for display.
 */
public record ApiKey(ApiKeyId id, ApplicationId applicationId, OrganizationId organizationId, String name,
                     String prefix, String keyHash, Set<Scope> scopes, Instant createdAt, Instant expiresAt,
                     Instant revokedAt, Instant lastUsedAt) {
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(keyHash, "keyHash");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public ApiKey revoke(Instant now) {
        return revokedAt != null ? this
                : new ApiKey(id, applicationId, organizationId, name, prefix, keyHash, scopes, createdAt, expiresAt,
                        now, lastUsedAt);
    }

    public ApiKey usedAt(Instant now) {
        return new ApiKey(id, applicationId, organizationId, name, prefix, keyHash, scopes, createdAt, expiresAt,
                revokedAt, now);
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + prefix + "…]";
    }
}
