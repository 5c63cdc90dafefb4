package io.soundport.application.integrations;

import io.soundport.domain.integrations.Provider;

import java.net.URI;
import java.time.Instant;

/** Where to send the user's browser to connect {@code provider}, and until when that authorization can come back. */
public record AuthorizationStart(Provider provider, URI authorizationUrl, Instant expiresAt) {
}
