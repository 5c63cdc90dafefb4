package io.soundport.domain.port;

import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;

import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox: domain events appended in the same transaction as the change that caused them,
 * kept until a dispatcher has handed them on.
 */
public interface Outbox {
    /** Appends an event to the current transaction (or on its own when there is none). */
    void append(PublishedEvent event);

    /** The oldest events not yet dispatched, oldest first, at most {@code limit}. */
    List<PublishedEvent> pending(int limit);

    /**
     * An event by its id, pending or dispatched (a dispatched event stays readable, so that work queued for it, such
     * as publishing it to an event bus, can read it later); empty for an unknown id.
     */
    Optional<PublishedEvent> find(String eventId);

    /** Marks events as dispatched; unknown ids are ignored. */
    void markDispatched(List<String> eventIds);

    /** The events not yet dispatched, for metrics: how many, and when the oldest of them occurred. */
    Backlog backlog();
}
