package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.Role;

import java.time.Instant;

/**
 * A person in the caller's organization.
 *
 * @param userId   the user's id
 * @param email    their e-mail
 * @param name     their name
 * @param roleValue the role as sent; {@link #role()} reads it as an enum
 * @param active   whether they can sign in (false for someone invited who has no account yet)
 * @param joinedAt when they were added
 * @param version  the membership's version, for {@code If-Match}
 */
public record Member(String userId, String email, String name, @JsonProperty("role") String roleValue, boolean active,
                     Instant joinedAt, long version) {
    /**
     * The member's role.
     *
     * @return the role, {@link Role#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #roleValue()})
     */
    public Role role() {
        return Role.fromValue(roleValue);
    }
}
