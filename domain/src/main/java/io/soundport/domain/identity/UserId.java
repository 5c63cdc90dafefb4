package io.soundport.domain.identity;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a user (`usr_…`). */
public record UserId(String value) {
    public static final String PREFIX = "usr";

    public UserId {
        Ids.check(value, PREFIX);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    public static UserId generate(IdGenerator ids) {
        return new UserId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
