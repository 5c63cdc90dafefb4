package io.soundport.domain.integrations;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a connection to an outside platform (`con_…`). */
public record ConnectionId(String value) {
    public static final String PREFIX = "con";

    public ConnectionId {
        Ids.check(value, PREFIX);
    }

    public static ConnectionId of(String value) {
        return new ConnectionId(value);
    }

    public static ConnectionId generate(IdGenerator ids) {
        return new ConnectionId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
