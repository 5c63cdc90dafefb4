package io.soundport.application.shared;

import io.soundport.domain.shared.DomainEvent;

/** Something that reacts to a domain event taken from the outbox, inside the dispatcher's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(DomainEvent event);
}
