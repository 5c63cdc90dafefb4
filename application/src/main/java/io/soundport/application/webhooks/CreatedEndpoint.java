package io.soundport.application.webhooks;

import io.soundport.domain.webhooks.WebhookEndpoint;

/** An endpoint just created or given a new secret: {@code secret} is shown this once. */
public record CreatedEndpoint(WebhookEndpoint endpoint, String secret) {
    @Override
    public String toString() {
        return "CreatedEndpoint[" + endpoint.id() + "]";
    }
}
