package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** DRAFT → SUBMITTED → DELIVERING → DELIVERED; a delivered release → TAKEDOWN_REQUESTED → TAKEN_DOWN. */
public enum ReleaseStatus {
    DRAFT, SUBMITTED, DELIVERING, DELIVERED, TAKEDOWN_REQUESTED, TAKEN_DOWN;

    public static ReleaseStatus parse(String value) {
        try {
            return ReleaseStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("status",
                    "must be one of DRAFT, SUBMITTED, DELIVERING, DELIVERED, TAKEDOWN_REQUESTED, TAKEN_DOWN");
        }
    }
}
