package io.soundport.domain.integrations;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an import of a user's tracks from a streaming platform into the catalog ({@code tsy_…}). */
public record TrackSyncId(String value) {
    public static final String PREFIX = "tsy";

    public TrackSyncId {
        Ids.check(value, PREFIX);
    }

    public static TrackSyncId of(String value) {
        return new TrackSyncId(value);
    }

    public static TrackSyncId generate(IdGenerator ids) {
        return new TrackSyncId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
