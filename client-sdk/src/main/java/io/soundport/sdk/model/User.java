package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A person with an account.
 *
 * @param id            the user's id
 * @param email         the e-mail they sign in with
 * @param name          their name
 * @param emailVerified whether the e-mail address was confirmed
 * @param createdAt     when the account was created
 */
public record User(String id, String email, String name, boolean emailVerified, Instant createdAt) {
}
