package io.soundport.domain.integrations.platform;

import java.time.Instant;
import java.util.Objects;

/** A track the account played, and when it was played. */
public record PlayedTrack(PlatformTrack track, Instant playedAt) {
    public PlayedTrack {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(playedAt, "playedAt");
    }
}
