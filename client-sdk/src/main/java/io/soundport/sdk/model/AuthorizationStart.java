package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.net.URI;
import java.time.Instant;

/**
 * Where to send the user's browser to connect an outside platform. The platform sends the browser back to the
 * server's callback, which stores the connection.
 *
 * @param providerValue    the platform as sent; {@link #provider()} reads it as an enum
 * @param authorizationUrl the platform's authorization page, to open in the user's browser
 * @param expiresAt        the authorization must come back by then
 */
public record AuthorizationStart(@JsonProperty("provider") String providerValue, URI authorizationUrl,
                                 Instant expiresAt) {
    /**
     * The platform.
     *
     * @return the platform, {@link IntegrationProvider#UNKNOWN} for one this SDK does not know
     */
    public IntegrationProvider provider() {
        return IntegrationProvider.fromValue(providerValue);
    }
}
