package io.soundport.domain.catalog;

import java.util.List;
import java.util.Objects;

/** A release with its artist and its tracks in order (position, then creation). */
public record ReleaseDetails(Release release, Artist artist, List<Track> tracks) {
    public ReleaseDetails {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(artist, "artist");
        tracks = List.copyOf(tracks);
    }
}
