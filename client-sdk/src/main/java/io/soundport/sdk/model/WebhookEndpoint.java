package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint of the caller's organization, as read: never its signing secret.
 *
 * @param id                      the endpoint's id ({@code whk_...})
 * @param url                     where the webhooks are sent (https)
 * @param events                  the event types it subscribes to, sorted, or {@code ["*"]} for all
 * @param description             its description, or null
 * @param active                  whether messages are sent to it; false when switched off or disabled after failures
 * @param disabledReason          why Soundport disabled it after failures, or null
 * @param consecutiveFailures     how many messages in a row failed
 * @param previousSecretExpiresAt until when the secret before the last rotation still signs alongside the new one,
 *                                or null
 * @param createdAt               when it was registered
 * @param updatedAt               when it last changed
 * @param version                 its version, for {@code If-Match}
 */
public record WebhookEndpoint(String id, String url, List<String> events, String description, boolean active,
                              String disabledReason, int consecutiveFailures, Instant previousSecretExpiresAt,
                              Instant createdAt, Instant updatedAt, long version) {
}
