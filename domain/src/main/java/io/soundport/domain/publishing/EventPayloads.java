package io.soundport.domain.publishing;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.shared.event.DomainEvent;

import java.util.Map;
import java.util.Optional;

/**
 * The published shape of events: what subscribers receive in a webhook's {@code data} and what workflow rules test.
 * It is a wire format, so it lives in an adapter; the core hands typed events over and reads back only what this port
 * names. Every tree is JSON-shaped (maps with string keys, lists, strings, numbers, booleans, nulls).
 */
public interface EventPayloads {
    /** The payload of a typed event. */
    Map<String, Object> payloadOf(DomainEvent event);

    /** A release as rules see it under {@code release.}: the same shape as in the payload of a release event. */
    Map<String, Object> releaseFacts(Release release, int trackCount);

    /** An example payload of an event type of the {@link EventCatalog}; empty for an unknown type. */
    Optional<Map<String, Object>> exampleOf(String type);

    /** How many workflow rules led to a published event (0 when the payload does not say). */
    int workflowDepthOf(Map<String, Object> payload);

    /** The id of the release a published event is about, when its payload names one besides the aggregate. */
    Optional<String> releaseIdOf(Map<String, Object> payload);
}
