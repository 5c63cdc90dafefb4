package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Persistence of e-mail verification tokens, found by the SHA-256 of the token; the token itself is never stored. */
public interface EmailVerificationTokens {
    /** Stores a new token; CONFLICT when a token with this hash exists. */
    void add(EmailVerificationToken token);

    Optional<EmailVerificationToken> findByHash(String tokenHash);

    /**
     * Marks an unused token used at {@code at}; false when it is unknown or was used already. Of two concurrent uses
     * of one token exactly one gets true.
     */
    boolean markUsed(String tokenHash, Instant at);

    /** When the newest token of this user was issued; empty when none was. */
    Optional<Instant> lastIssuedAt(UserId userId);
}
