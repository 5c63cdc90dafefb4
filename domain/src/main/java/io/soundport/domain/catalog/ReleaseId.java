package io.soundport.domain.catalog;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a release (`rel_…`). */
public record ReleaseId(String value) {
    public static final String PREFIX = "rel";

    public ReleaseId {
        Ids.check(value, PREFIX);
    }

    public static ReleaseId of(String value) {
        return new ReleaseId(value);
    }

    public static ReleaseId generate(IdGenerator ids) {
        return new ReleaseId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
