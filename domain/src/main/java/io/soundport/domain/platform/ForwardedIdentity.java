package io.soundport.domain.platform;

import java.util.Objects;

/**
 * Who the gateway forwards a request for, signed so that the upstream can trust it: the organization, the actor
 * ({@code user:<id>} or {@code api_key:<id>}), the time of signing in epoch seconds, and the signature
 * ({@code v1=<hex HMAC-SHA256>} over {@code "<timestamp>.<organization>.<actor>.<METHOD>.<path>"}, the path being
 * the one the upstream receives, without the query).
 */
public record ForwardedIdentity(String organization, String actor, long timestamp, String signature) {
    public ForwardedIdentity {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(signature, "signature");
    }
}
