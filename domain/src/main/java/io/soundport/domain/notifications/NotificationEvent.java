package io.soundport.domain.notifications;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/** Events of notifications. */
public sealed interface NotificationEvent extends DomainEvent {

    Notification notification();

    @Override
    default String aggregateId() {
        return notification().id().value();
    }

    /** Every attempt to send it failed: it is FAILED with the last reason, and will not be sent. */
    @EventType(value = "notification.failed",
            description = "A notification failed for good: every attempt to send it failed")
    record NotificationFailed(EventMeta meta, Notification notification) implements NotificationEvent {
    }
}
