package io.soundport.domain.port;

import io.soundport.domain.shared.PublishedEvent;

import java.util.List;

/**
 * Publishes domain events to a bus outside the server (EventBridge on AWS, a recording stand-in locally), where
 * other systems subscribe to them. Delivery is at least once: the caller (the outbox dispatcher) publishes a batch
 * again when this throws, so a subscriber may see an event twice and deduplicates by its id.
 */
public interface EventBus {

    /**
     * Publishes these events, in their order within each request the bus takes; returns once the bus accepted every
     * one of them, and does nothing for an empty list.
     *
     * @throws io.soundport.domain.shared.DomainException INTEGRATION_ERROR, naming how many events were not
     *                                                    accepted, when the bus refused or could not be reached for
     *                                                    some of them (any of them may have been published anyway)
     */
    void publish(List<PublishedEvent> events);
}
