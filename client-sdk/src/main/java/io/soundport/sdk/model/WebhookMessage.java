package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.event.Event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event on its way to one webhook endpoint, with every attempt to deliver it.
 *
 * @param id            the message's id, sent as {@code webhook-id}; a replay keeps it, so receivers can deduplicate
 * @param endpointId    the endpoint it goes to
 * @param eventId       the event's id ({@code evt_...}), the {@code id} of the payload
 * @param eventTypeValue the event type as sent; {@link #eventType()} reads it as an enum
 * @param statusValue   the status as sent; {@link #status()} reads it as an enum
 * @param payload       the body sent, parsed: {@code id}, {@code type}, {@code timestamp} and {@code data}; JSON
 *                      objects as maps, arrays as lists, numbers as {@link Number}s
 * @param attempts      every attempt so far, oldest first
 * @param nextAttemptAt when the next attempt is due, or null when none is
 * @param createdAt     when it was queued
 * @param updatedAt     when it last changed
 */
public record WebhookMessage(String id, String endpointId, String eventId,
                             @JsonProperty("event_type") String eventTypeValue,
                             @JsonProperty("status") String statusValue, Map<String, Object> payload,
                             List<WebhookAttempt> attempts, Instant nextAttemptAt, Instant createdAt,
                             Instant updatedAt) {
    /**
     * Where the message is.
     *
     * @return the status, {@link WebhookMessageStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public WebhookMessageStatus status() {
        return WebhookMessageStatus.fromValue(statusValue);
    }

    /**
     * The type of the event the message carries.
     *
     * @return the event type, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #eventTypeValue()})
     */
    public Event.Type eventType() {
        return Event.Type.fromValue(eventTypeValue);
    }
}
