package io.soundport.domain.integrations.platform;

import java.util.List;
import java.util.Objects;

/**
 * An album as the platform lists it: its id, title, kind ({@code album}, {@code single}, {@code compilation}), the
 * artists it credits, its release date as precise as the platform knows it ({@code 2004}, {@code 2004-06},
 * {@code 2004-06-07}), its number of tracks and the URL of its largest cover image; each but the id, name and
 * artists null when the platform does not say.
 */
public record PlatformAlbum(SpotifyId id, String name, String albumType, List<ArtistRef> artists, String releaseDate,
                            Integer totalTracks, String imageUrl) {
    public PlatformAlbum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        artists = artists == null ? List.of() : List.copyOf(artists);
    }
}
