package io.soundport.domain.integrations;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth authorization started and not yet come back: found by the SHA-256 of its {@code state} (the state itself is
 * never stored), bound to the user and organization that started it and to the provider, with the PKCE code verifier
 * sealed by the {@code SecretCipher} (null for a provider without PKCE), until {@code expiresAt}. Used once.
 */
public record PendingAuthorization(String stateHash, OrganizationId organizationId, UserId userId, Provider provider,
                                   String sealedCodeVerifier, Instant createdAt, Instant expiresAt) {
    public PendingAuthorization {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
