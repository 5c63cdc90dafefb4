package io.soundport.application.shared;

import io.soundport.domain.shared.PublishedEvent;

/** Something that reacts to a domain event taken from the outbox, inside the dispatcher's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(PublishedEvent event);

    /**
     * The handler for one batch of events dispatched in one transaction, which may keep what it read for the events
     * after it (the same organization's settings, say) until the batch ends; by default this handler itself.
     */
    default EventHandler forBatch() {
        return this;
    }
}
