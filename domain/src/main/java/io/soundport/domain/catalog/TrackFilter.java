package io.soundport.domain.catalog;

import io.soundport.domain.shared.Text;

/** Filters of the track list; null means any. {@code titleContains} is case-insensitive. */
public record TrackFilter(String titleContains, ReleaseId releaseId, Isrc isrc) {
    public static final TrackFilter ALL = new TrackFilter(null, null, null);

    public boolean matches(Track track) {
        return (titleContains == null || Text.containsIgnoreCase(track.title(), titleContains))
                && (releaseId == null || releaseId.equals(track.releaseId()))
                && (isrc == null || isrc.equals(track.isrc()));
    }
}
