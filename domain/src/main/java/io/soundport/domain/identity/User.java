package io.soundport.domain.identity;

import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in. {@code passwordHash} is null for someone invited who has not registered yet:
 * such a user cannot log in until they register with that e-mail.
 */
public record User(UserId id, Email email, String name, String passwordHash, boolean emailVerified,
                   Instant createdAt, Instant updatedAt, long version) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        name = Validation.requireText(name, "name", 200);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean canLogIn() {
        return passwordHash != null;
    }

    /** An invited user taking up their account: sets their name and password. */
    public User activate(String newName, String newPasswordHash, Instant now) {
        return new User(id, email, newName, newPasswordHash, emailVerified, createdAt, now, version);
    }

    /** The user after proving they own their address (idempotent). */
    public User verifyEmail(Instant now) {
        return emailVerified ? this : new User(id, email, name, passwordHash, true, createdAt, now, version);
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + email + "]";
    }
}
