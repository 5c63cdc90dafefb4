package io.soundport.domain.distribution;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/**
 * Events about a delivery of a release (or of its takedown) to one partner. Each carries the delivery as it is
 * after the change and the partner's name (null when the partner is gone).
 */
public sealed interface DistributionEvent extends DomainEvent {
    Delivery delivery();

    String partnerName();

    @Override
    default String aggregateId() {
        return delivery().id().value();
    }

    @EventType(value = "delivery.queued", description = "A delivery of a release to a partner was queued")
    record DeliveryQueued(EventMeta meta, Delivery delivery, String partnerName) implements DistributionEvent {
    }

    @EventType(value = "delivery.succeeded", description = "A partner received a release (or its takedown)")
    record DeliverySucceeded(EventMeta meta, Delivery delivery, String partnerName) implements DistributionEvent {
    }

    @EventType(value = "delivery.failed", description = "A delivery failed after its last attempt")
    record DeliveryFailed(EventMeta meta, Delivery delivery, String partnerName) implements DistributionEvent {
    }
}
