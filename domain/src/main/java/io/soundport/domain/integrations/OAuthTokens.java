package io.soundport.domain.integrations;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Tokens as a provider's token endpoint answered them, in the clear: only in memory on their way to being sealed, never
 * stored, logged or answered like this. The refresh token is null when the provider sent none (Meta; Spotify on a
 * refresh that does not rotate it), {@code expiresIn} null when the provider did not say, and the scopes empty when it
 * did not repeat them.
 */
public record OAuthTokens(String accessToken, String refreshToken, Duration expiresIn, List<String> scopes) {
    public OAuthTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "OAuthTokens[accessToken=***, refreshToken=" + (refreshToken == null ? "null" : "***")
                + ", expiresIn=" + expiresIn + ", scopes=" + scopes + "]";
    }
}
