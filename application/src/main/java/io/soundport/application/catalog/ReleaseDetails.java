package io.soundport.application.catalog;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;

import java.util.List;

/** A release with its artist and its tracks in order. */
public record ReleaseDetails(Release release, Artist artist, List<Track> tracks) {
    public ReleaseDetails {
        tracks = List.copyOf(tracks);
    }
}
