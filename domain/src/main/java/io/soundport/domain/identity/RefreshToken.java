package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An opaque refresh token, known only by its SHA-256. Tokens of one login form a family: each use rotates
 * the token; presenting a used one again revokes the whole family (someone else has a copy).
 */
public record RefreshToken(RefreshTokenId id, String familyId, UserId userId, OrganizationId organizationId,
                           String tokenHash, Instant issuedAt, Instant expiresAt, Status status) {
    public enum Status { ACTIVE, USED, REVOKED }

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
    }

    public boolean usableAt(Instant now) {
        return status == Status.ACTIVE && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "RefreshToken[" + id + ", family " + familyId + ", " + status + "]";
    }
}
