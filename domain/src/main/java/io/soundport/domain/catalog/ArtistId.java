package io.soundport.domain.catalog;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of an artist (`art_…`). */
public record ArtistId(String value) {
    public static final String PREFIX = "art";

    public ArtistId {
        Ids.check(value, PREFIX);
    }

    public static ArtistId of(String value) {
        return new ArtistId(value);
    }

    public static ArtistId generate(IdGenerator ids) {
        return new ArtistId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
