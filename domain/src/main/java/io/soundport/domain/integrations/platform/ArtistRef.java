package io.soundport.domain.integrations.platform;

import java.util.Objects;

/** An artist as a track or album credits them: the id and the name. */
public record ArtistRef(SpotifyId id, String name) {
    public ArtistRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
