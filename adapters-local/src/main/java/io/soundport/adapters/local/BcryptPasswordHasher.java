package io.soundport.adapters.local;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.soundport.domain.identity.PasswordHasher;
import io.soundport.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashes ({@code $2a$}), cost 12 unless told otherwise and never below 10. Verifies hashes of
 * the {@code $2a$}, {@code $2b$} and {@code $2y$} kinds, whoever made them.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int DEFAULT_COST = 12;
    public static final int MIN_COST = 10;
    /** bcrypt only reads this many bytes of a password; longer ones are refused rather than cut silently. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    public BcryptPasswordHasher(int cost) {
        if (cost < MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MIN_COST + " and " + BCrypt.MAX_COST);
        }
        this.cost = cost;
    }

    public int cost() {
        return cost;
    }

    @Override
    public String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid("password", "must not be empty");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes long");
        }
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        try {
            return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
