package io.soundport.domain.integrations.platform;

import java.time.Instant;
import java.util.Objects;

/** A track in the account's library ("Liked Songs"), and when it was saved there. */
public record SavedTrack(PlatformTrack track, Instant addedAt) {
    public SavedTrack {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
