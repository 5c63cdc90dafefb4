package io.soundport.domain.identity;

import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * Why an organization may not act any more: since when, which platform operator decided it, and a reason written
 * for the organization's people (it is shown to them in every refusal).
 */
public record Suspension(Instant at, UserId by, String reason) {
    public static final int MAX_REASON_LENGTH = 500;

    public Suspension {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        reason = Validation.requireText(reason, "suspensionReason", MAX_REASON_LENGTH);
    }
}
