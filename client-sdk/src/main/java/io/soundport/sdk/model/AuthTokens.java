package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.Role;

import java.time.Instant;

/**
 * A signed-in session: who, in which organization, and the token pair. {@link #toString()} shows no token.
 *
 * @param user             the signed-in user
 * @param organization     the organization the tokens act in
 * @param roleValue        the role as sent; {@link #role()} reads it as an enum
 * @param accessToken      the bearer token (a JWT, valid {@code expiresIn} seconds)
 * @param refreshToken     the token that buys a new pair, once
 * @param tokenType        always {@code Bearer}
 * @param expiresIn        seconds until the access token expires
 * @param refreshExpiresAt when the refresh token expires
 */
public record AuthTokens(User user, Organization organization, @JsonProperty("role") String roleValue,
                         String accessToken, String refreshToken, String tokenType, int expiresIn,
                         Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "AuthTokens[user=" + user + ", organization=" + organization + ", role=" + roleValue + ", expiresIn="
                + expiresIn + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }

    /**
     * The user's role in the organization.
     *
     * @return the role, {@link Role#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #roleValue()})
     */
    public Role role() {
        return Role.fromValue(roleValue);
    }
}
