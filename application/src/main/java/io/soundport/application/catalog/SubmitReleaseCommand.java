package io.soundport.application.catalog;

import io.soundport.domain.catalog.ReleaseId;

import java.util.Objects;

/** DRAFT → SUBMITTED, at the version the caller last saw ({@code expectedVersion}, null to skip the check). */
public record SubmitReleaseCommand(ReleaseId id, Long expectedVersion) {
    public SubmitReleaseCommand {
        Objects.requireNonNull(id, "id");
    }
}
