package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A single-use proof that whoever holds it reads the mailbox of {@code email}: mailed as a random token, stored only
 * as its SHA-256, valid until {@code expiresAt} and until used ({@code usedAt}).
 */
public record EmailVerificationToken(String tokenHash, UserId userId, Email email, Instant issuedAt, Instant expiresAt,
                                     Instant usedAt) {
    public EmailVerificationToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new, unused token. */
    public static EmailVerificationToken issue(String tokenHash, User user, Instant now, Instant expiresAt) {
        return new EmailVerificationToken(tokenHash, user.id(), user.email(), now, expiresAt, null);
    }

    public boolean used() {
        return usedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The token as it is after its one use at {@code at}. */
    public EmailVerificationToken useAt(Instant at) {
        return new EmailVerificationToken(tokenHash, userId, email, issuedAt, expiresAt, at);
    }

    @Override
    public String toString() {
        return "EmailVerificationToken[" + userId + ", expires " + expiresAt + (used() ? ", used" : "") + "]";
    }
}
