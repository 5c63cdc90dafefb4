package io.soundport.domain.integrations;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's connection, within one organization, to their account on an outside platform: the grant's tokens (sealed by
 * the {@code SecretCipher}: never stored, logged or answered in the clear), its scopes, when the access token expires
 * (null when the provider did not say), and the provider's id of the account. One per organization, user and
 * provider; connecting again replaces the grant.
 */
public record Connection(ConnectionId id, OrganizationId organizationId, UserId userId, Provider provider,
                         String providerUserId, List<String> scopes, ConnectionStatus status,
                         String sealedAccessToken, String sealedRefreshToken, Instant expiresAt,
                         Instant connectedAt, Instant updatedAt, long version) {
    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerUserId, "providerUserId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sealedAccessToken, "sealedAccessToken");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** A grant just made, ACTIVE. */
    public static Connection granted(ConnectionId id, OrganizationId organizationId, UserId userId, Provider provider,
                                     String providerUserId, Grant grant, Instant now) {
        return new Connection(id, organizationId, userId, provider, providerUserId, grant.scopes(),
                ConnectionStatus.ACTIVE, grant.sealedAccessToken(), grant.sealedRefreshToken(), grant.expiresAt(),
                now, now, 1);
    }

    /** Connected again: the new grant replaces the old one, ACTIVE again; the account may have changed. */
    public Connection regranted(String newProviderUserId, Grant grant, Instant now) {
        return new Connection(id, organizationId, userId, provider, newProviderUserId, grant.scopes(),
                ConnectionStatus.ACTIVE, grant.sealedAccessToken(), grant.sealedRefreshToken(), grant.expiresAt(),
                now, now, version);
    }

    /**
     * The access token renewed with the refresh token; a provider that rotates refresh tokens sends a new one, else
     * {@code grant}'s refresh token is null and the old one is kept. The scopes are kept when the provider did not
     * repeat them.
     */
    public Connection refreshed(Grant grant, Instant now) {
        if (status != ConnectionStatus.ACTIVE) {
            throw DomainException.conflict("The " + provider.slug() + " connection needs to be connected again");
        }
        return new Connection(id, organizationId, userId, provider, providerUserId,
                grant.scopes().isEmpty() ? scopes : grant.scopes(), status, grant.sealedAccessToken(),
                grant.sealedRefreshToken() != null ? grant.sealedRefreshToken() : sealedRefreshToken,
                grant.expiresAt(), connectedAt, now, version);
    }

    /** The provider refused the grant: the user must connect again. */
    public Connection needsReconnect(Instant now) {
        return new Connection(id, organizationId, userId, provider, providerUserId, scopes,
                ConnectionStatus.NEEDS_RECONNECT, sealedAccessToken, sealedRefreshToken, expiresAt, connectedAt, now,
                version);
    }

    /** Whether the access token expires within {@code margin} of {@code now} (never, when its expiry is unknown). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now.plus(margin));
    }

    /**
     * Tokens as a provider granted them, sealed: the access token, the refresh token (null when none was sent), when
     * the access token expires (null when not said), and the scopes granted (empty when not said).
     */
    public record Grant(String sealedAccessToken, String sealedRefreshToken, Instant expiresAt, List<String> scopes) {
        public Grant {
            Objects.requireNonNull(sealedAccessToken, "sealedAccessToken");
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    public IntegrationEvent.IntegrationConnected connectedEvent(EventMeta meta) {
        return new IntegrationEvent.IntegrationConnected(meta, this);
    }

    public IntegrationEvent.IntegrationDisconnected disconnectedEvent(EventMeta meta, boolean revokedAtProvider) {
        return new IntegrationEvent.IntegrationDisconnected(meta, this, revokedAtProvider);
    }

    @Override
    public String toString() {
        return "Connection[id=" + id + ", organizationId=" + organizationId + ", userId=" + userId + ", provider="
                + provider + ", providerUserId=" + providerUserId + ", status=" + status + ", version=" + version + "]";
    }
}
