package io.soundport.domain.shared.event;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a domain event (`evt_…`), the same on every webhook that carries the event. */
public record EventId(String value) {
    public static final String PREFIX = "evt";

    public EventId {
        Ids.check(value, PREFIX);
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    public static EventId generate(IdGenerator ids) {
        return new EventId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
