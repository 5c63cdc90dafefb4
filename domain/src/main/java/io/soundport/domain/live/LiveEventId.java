package io.soundport.domain.live;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a live event (`lve_…`). */
public record LiveEventId(String value) {
    public static final String PREFIX = "lve";

    public LiveEventId {
        Ids.check(value, PREFIX);
    }

    public static LiveEventId of(String value) {
        return new LiveEventId(value);
    }

    public static LiveEventId generate(IdGenerator ids) {
        return new LiveEventId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
