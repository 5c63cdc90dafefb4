package io.soundport.domain.port;

import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;

import java.util.List;

/**
 * The transactional outbox: domain events appended in the same transaction as the change that caused them,
 * kept until a dispatcher has handed them on.
 */
public interface Outbox {
    /** Appends an event to the current transaction (or on its own when there is none). */
    void append(PublishedEvent event);

    /** The oldest events not yet dispatched, oldest first, at most {@code limit}. */
    List<PublishedEvent> pending(int limit);

    /** Marks events as dispatched; unknown ids are ignored. */
    void markDispatched(List<String> eventIds);

    /** The events not yet dispatched, for metrics: how many, and when the oldest of them occurred. */
    Backlog backlog();
}
