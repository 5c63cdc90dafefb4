package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint just registered or given a new secret, with its signing secret: the only time the secret is
 * shown. Keep it to verify the webhooks with {@link io.soundport.sdk.Webhooks#constructEvent}. {@link #toString()}
 * hides it.
 *
 * @param id                      the endpoint's id ({@code whk_...})
 * @param url                     where the webhooks are sent (https)
 * @param events                  the event types it subscribes to, sorted, or {@code ["*"]} for all
 * @param description             its description, or null
 * @param active                  whether messages are sent to it
 * @param secret                  the signing secret, {@code whsec_...}
 * @param previousSecretExpiresAt after a rotation, until when the previous secret still signs alongside this one;
 *                                null otherwise
 * @param createdAt               when it was registered
 * @param updatedAt               when it last changed
 * @param version                 its version, for {@code If-Match}
 */
public record WebhookEndpointWithSecret(String id, String url, List<String> events, String description,
                                        boolean active, String secret, Instant previousSecretExpiresAt,
                                        Instant createdAt, Instant updatedAt, long version) {
    @Override
    public String toString() {
        return "WebhookEndpointWithSecret[id=" + id + ", url=" + url + ", events=" + events + ", description="
                + description + ", active=" + active + ", previousSecretExpiresAt=" + previousSecretExpiresAt
                + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + ", version=" + version + "]";
    }
}
