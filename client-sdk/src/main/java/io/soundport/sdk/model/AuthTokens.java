package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A signed-in session: who, in which organization, and the token pair. {@link #toString()} shows no token.
 *
 * @param user             the signed-in user
 * @param organization     the organization the tokens act in
 * @param role             the user's role there: {@code OWNER}, {@code ADMIN}, {@code MEMBER} or {@code VIEWER}
 * @param accessToken      the bearer token (a JWT, valid {@code expiresIn} seconds)
 * @param refreshToken     the token that buys a new pair, once
 * @param tokenType        always {@code Bearer}
 * @param expiresIn        seconds until the access token expires
 * @param refreshExpiresAt when the refresh token expires
 */
public record AuthTokens(User user, Organization organization, String role, String accessToken, String refreshToken,
                         String tokenType, int expiresIn, Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "AuthTokens[user=" + user + ", organization=" + organization + ", role=" + role + ", expiresIn="
                + expiresIn + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
