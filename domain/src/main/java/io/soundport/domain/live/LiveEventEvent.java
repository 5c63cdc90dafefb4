package io.soundport.domain.live;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/**
 * Events about a live event, each carrying the live event as it is after the change (or as it was, when deleted).
 * Their types read {@code event.*}, as subscribers know them.
 */
public sealed interface LiveEventEvent extends DomainEvent {
    LiveEvent liveEvent();

    @Override
    default String aggregateId() {
        return liveEvent().id().value();
    }

    @EventType(value = "event.created", description = "A live event was added")
    record LiveEventCreated(EventMeta meta, LiveEvent liveEvent) implements LiveEventEvent {
    }

    @EventType(value = "event.updated", description = "A live event changed (its status, date or any other field)")
    record LiveEventUpdated(EventMeta meta, LiveEvent liveEvent) implements LiveEventEvent {
    }

    @EventType(value = "event.deleted", description = "A live event was deleted")
    record LiveEventDeleted(EventMeta meta, LiveEvent liveEvent) implements LiveEventEvent {
    }
}
