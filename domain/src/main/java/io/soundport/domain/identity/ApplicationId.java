package io.soundport.domain.identity;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a partner application (`app_…`). */
public record ApplicationId(String value) {
    public static final String PREFIX = "app";

    public ApplicationId {
        Ids.check(value, PREFIX);
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    public static ApplicationId generate(IdGenerator ids) {
        return new ApplicationId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
