package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event on its way to one webhook endpoint, with every attempt to deliver it.
 *
 * @param id            the message's id, sent as {@code webhook-id}; a replay keeps it, so receivers can deduplicate
 * @param endpointId    the endpoint it goes to
 * @param eventId       the event's id ({@code evt_...}), the {@code id} of the payload
 * @param eventType     the event type, such as {@code release.created}
 * @param status        {@code PENDING} (queued or retrying), {@code SUCCEEDED} or {@code FAILED} (after the last
 *                      attempt)
 * @param payload       the body sent, parsed: {@code id}, {@code type}, {@code timestamp} and {@code data}; JSON
 *                      objects as maps, arrays as lists, numbers as {@link Number}s
 * @param attempts      every attempt so far, oldest first
 * @param nextAttemptAt when the next attempt is due, or null when none is
 * @param createdAt     when it was queued
 * @param updatedAt     when it last changed
 */
public record WebhookMessage(String id, String endpointId, String eventId, String eventType, String status,
                             Map<String, Object> payload, List<WebhookAttempt> attempts, Instant nextAttemptAt,
                             Instant createdAt, Instant updatedAt) {
}
