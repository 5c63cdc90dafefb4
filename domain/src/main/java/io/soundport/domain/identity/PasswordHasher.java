package io.soundport.domain.identity;

/** One-way hashing of passwords (bcrypt, cost at least 10). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
