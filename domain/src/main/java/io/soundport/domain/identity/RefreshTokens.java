package io.soundport.domain.identity;

import java.util.Optional;

/** Persistence of refresh tokens, found by the SHA-256 of the token. */
public interface RefreshTokens {
    void add(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /**
     * Moves an ACTIVE token to USED; false when it was not ACTIVE any more. Of two concurrent uses of one token
     * exactly one gets true.
     */
    boolean markUsed(RefreshTokenId id);

    /** Revokes every token of a family; returns how many were still active. */
    int revokeFamily(String familyId);
}
