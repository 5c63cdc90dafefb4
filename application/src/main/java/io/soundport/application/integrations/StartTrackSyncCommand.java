package io.soundport.application.integrations;

import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/**
 * Import the caller's Spotify tracks into the catalog: their top tracks over a time range (the default, over
 * medium_term) or their saved tracks (no time range), at most {@code limit} of them (1 to 500, 50 by default). Build
 * it with {@link #of}, which checks every field.
 */
public record StartTrackSyncCommand(TrackSync.Source source, TimeRange timeRange, int limit) {
    public static StartTrackSyncCommand of(String source, String timeRange, Integer limit) {
        Validation v = new Validation();
        TrackSync.Source s = v.field("source", () -> source == null || source.isBlank()
                ? TrackSync.Source.TOP_TRACKS : TrackSync.Source.of(source));
        TimeRange range = v.field("timeRange", () -> {
            if (s == TrackSync.Source.SAVED_TRACKS) {
                if (timeRange != null && !timeRange.isBlank()) {
                    throw DomainException.invalid("timeRange", "saved tracks have no time range; leave it out");
                }
                return null;
            }
            return TimeRange.of(timeRange);
        });
        Integer n = v.field("limit", () -> {
            int value = limit == null ? TrackSync.DEFAULT_LIMIT : limit;
            if (value < 1 || value > TrackSync.MAX_LIMIT) {
                throw DomainException.invalid("limit", "must be between 1 and " + TrackSync.MAX_LIMIT);
            }
            return value;
        });
        v.throwIfInvalid();
        return new StartTrackSyncCommand(s, range, n);
    }
}
