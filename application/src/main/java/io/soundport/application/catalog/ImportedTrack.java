package io.soundport.application.catalog;

import io.soundport.domain.catalog.Isrc;

import java.util.Objects;

/**
 * A track as an outside platform has it, to add to the catalog on its own (no release): its title, ISRC, length and
 * explicitness, and its (first) artist's name with the platform's id of them (null when unknown).
 */
public record ImportedTrack(String title, Isrc isrc, long durationMs, boolean explicit, String artistName,
                            String artistSpotifyId) {
    public ImportedTrack {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(isrc, "isrc");
        Objects.requireNonNull(artistName, "artistName");
    }
}
