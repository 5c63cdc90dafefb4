package io.soundport.domain.integrations;

/**
 * The provider refused a user's grant: an access token it no longer takes (HTTP 401), a refresh token or code it
 * answers {@code invalid_grant} to. Thrown by adapters; the integrations service marks the connection
 * {@link ConnectionStatus#NEEDS_RECONNECT} (after one refresh, for an access token) and answers RECONNECT_REQUIRED.
 * The message names the provider and never carries a token.
 */
public class GrantRefusedException extends RuntimeException {
    private final Provider provider;

    public GrantRefusedException(Provider provider, String message) {
        super(message);
        this.provider = provider;
    }

    public Provider provider() {
        return provider;
    }
}
