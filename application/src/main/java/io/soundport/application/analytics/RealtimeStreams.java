package io.soundport.application.analytics;

import io.soundport.domain.catalog.TrackId;

import java.time.Instant;
import java.util.List;

/** One track's streams per minute over the last hour, oldest minute first, the current minute last. */
public record RealtimeStreams(TrackId trackId, Instant asOf, List<Minute> minutes) {
    public RealtimeStreams {
        minutes = List.copyOf(minutes);
    }

    public long total() {
        return minutes.stream().mapToLong(Minute::streams).sum();
    }

    public record Minute(Instant start, long streams) {
    }
}
