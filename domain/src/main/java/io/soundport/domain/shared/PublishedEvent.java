package io.soundport.domain.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A domain event as it is published: what the outbox keeps (in the same transaction as the change), what webhooks
 * carry and what workflow rules test. Made from a typed {@link io.soundport.domain.shared.event.DomainEvent} by the
 * {@code EventPayloads} port, so the core never writes the wire shape itself.
 *
 * @param id             unique, stable across redeliveries (the webhook id)
 * @param type           dotted event type such as {@code release.submitted}
 * @param organizationId tenant the event belongs to
 * @param aggregateId    id of the aggregate that changed
 * @param releaseId      id of the release the event concerns, taken from the typed event when it was recorded; null
 *                       when it concerns none (and for events appended before the outbox kept it)
 * @param occurredAt     when it happened
 * @param data           the payload, a JSON-shaped tree of maps, lists, strings, numbers and booleans
 * @param traceParent    the trace of the work that raised it ({@link io.soundport.domain.port.TraceContext}), so that
 *                       what it causes later (webhooks, deliveries, workflow rules) joins that trace; null when none
 */
public record PublishedEvent(String id, String type, String organizationId, String aggregateId, String releaseId,
                             Instant occurredAt, Map<String, Object> data, String traceParent) {
    public PublishedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        data = JsonTree.copyOf(data);
    }

    /** An event raised outside any trace. */
    public PublishedEvent(String id, String type, String organizationId, String aggregateId, String releaseId,
                          Instant occurredAt, Map<String, Object> data) {
        this(id, type, organizationId, aggregateId, releaseId, occurredAt, data, null);
    }
}
