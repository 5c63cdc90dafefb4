package io.soundport.domain.integrations.platform;

import java.util.List;
import java.util.Objects;

/**
 * A track of the platform's catalog: its id and title, the artists it credits, its album, its length, its popularity
 * (0 to 100, null when not said), whether it is explicit, its ISRC as the platform has it (null when it has none;
 * the catalog checks it before using it), and the URL of a 30-second preview (null: none offered).
 */
public record PlatformTrack(SpotifyId id, String name, List<ArtistRef> artists, PlatformAlbum album, long durationMs,
                            Integer popularity, boolean explicit, String isrc, String previewUrl) {
    public PlatformTrack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        artists = artists == null ? List.of() : List.copyOf(artists);
    }
}
