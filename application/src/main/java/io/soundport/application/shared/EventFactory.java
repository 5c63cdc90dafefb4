package io.soundport.application.shared;

import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.DomainEvent;

import java.util.Map;

/** Stamps domain events with a fresh id ({@code evt_…}) and the current time. */
public final class EventFactory {
    private final IdGenerator ids;
    private final Clock clock;

    public EventFactory(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public DomainEvent event(String type, String organizationId, String aggregateId, Map<String, Object> data) {
        return new DomainEvent(ids.next("evt"), type, organizationId, aggregateId, clock.now(), data);
    }
}
