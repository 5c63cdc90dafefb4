package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;

import java.util.Objects;

/** A delivered release to take down; {@code expectedVersion} is null when the caller names no version. */
public record TakedownReleaseCommand(ReleaseId releaseId, Long expectedVersion) {
    public TakedownReleaseCommand {
        Objects.requireNonNull(releaseId, "releaseId");
    }
}
