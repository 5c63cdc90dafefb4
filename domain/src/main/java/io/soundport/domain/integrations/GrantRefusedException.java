package io.soundport.domain.integrations;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

/**
 * The provider refused a user's grant: an access token it no longer takes (HTTP 401), a refresh token or code it
 * answers {@code invalid_grant} to. Thrown by adapters; the integrations service marks the connection
 * {@link ConnectionStatus#NEEDS_RECONNECT} (after one refresh, for an access token). Being a RECONNECT_REQUIRED
 * {@link DomainException}, it passes through {@code ProviderCalls} as it is, and answers so where nothing handles it.
 * The message names the provider and never carries a token.
 */
public class GrantRefusedException extends DomainException {
    private final Provider provider;

    public GrantRefusedException(Provider provider, String message) {
        super(ErrorCode.RECONNECT_REQUIRED, message);
        this.provider = provider;
    }

    public Provider provider() {
        return provider;
    }
}
