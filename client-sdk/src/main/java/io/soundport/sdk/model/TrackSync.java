package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An import of a user's Spotify tracks into the catalog, with its counts so far.
 *
 * @param id               the import's id ({@code tsy_...})
 * @param provider         {@code spotify}
 * @param source           {@code top_tracks} or {@code saved_tracks}
 * @param timeRange        for top tracks, {@code short_term}, {@code medium_term} or {@code long_term}; null for saved
 * @param limit            the most tracks it reads
 * @param statusValue      the status as sent; {@link #status()} reads it as an enum
 * @param found            tracks read from Spotify so far
 * @param imported         tracks added to the catalog
 * @param alreadyInCatalog tracks whose ISRC the catalog already had
 * @param withoutIsrc      tracks Spotify has no ISRC for, skipped
 * @param failureReason    why it failed; null unless FAILED
 * @param userId           the user who started it
 * @param createdAt        when it was started
 * @param updatedAt        when it last changed
 * @param finishedAt       when it ended; null before
 */
public record TrackSync(String id, String provider, String source, String timeRange, int limit,
                        @JsonProperty("status") String statusValue, int found, int imported, int alreadyInCatalog,
                        int withoutIsrc, String failureReason, String userId, Instant createdAt, Instant updatedAt,
                        Instant finishedAt) {
    /**
     * How far it got.
     *
     * @return the status, {@link TrackSyncStatus#UNKNOWN} for one this SDK does not know
     */
    public TrackSyncStatus status() {
        return TrackSyncStatus.fromValue(statusValue);
    }
}
