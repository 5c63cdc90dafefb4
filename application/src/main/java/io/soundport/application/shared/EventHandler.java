package io.soundport.application.shared;

import io.soundport.domain.shared.PublishedEvent;

/** Something that reacts to a domain event taken from the outbox, inside the dispatcher's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(PublishedEvent event);
}
