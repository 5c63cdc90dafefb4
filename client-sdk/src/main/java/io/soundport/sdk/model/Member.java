package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A person in the caller's organization.
 *
 * @param userId   the user's id
 * @param email    their e-mail
 * @param name     their name
 * @param role     {@code OWNER}, {@code ADMIN}, {@code MEMBER} or {@code VIEWER}
 * @param active   whether they can sign in (false for someone invited who has no account yet)
 * @param joinedAt when they were added
 * @param version  the membership's version, for {@code If-Match}
 */
public record Member(String userId, String email, String name, String role, boolean active, Instant joinedAt,
                     long version) {
}
