package io.soundport.domain.integrations.platform;

import java.util.List;
import java.util.Objects;

/**
 * An artist of the platform's catalog: id, name, genres (maybe none), popularity (0 to 100), number of followers and
 * the URL of their largest picture; each of the last three null when the platform does not say.
 */
public record PlatformArtist(SpotifyId id, String name, List<String> genres, Integer popularity, Integer followers,
                             String imageUrl) {
    public PlatformArtist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        genres = genres == null ? List.of() : List.copyOf(genres);
    }
}
