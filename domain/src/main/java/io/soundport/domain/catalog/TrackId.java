package io.soundport.domain.catalog;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a track (`trk_…`). */
public record TrackId(String value) {
    public static final String PREFIX = "trk";

    public TrackId {
        Ids.check(value, PREFIX);
    }

    public static TrackId of(String value) {
        return new TrackId(value);
    }

    public static TrackId generate(IdGenerator ids) {
        return new TrackId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
