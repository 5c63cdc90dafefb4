package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * Where a campaign stands. DRAFT → ACTIVE (launched) ↔ PAUSED; ACTIVE or PAUSED → COMPLETED when its end date has
 * passed or its budget is spent; DRAFT, PAUSED or COMPLETED → ARCHIVED (put away). COMPLETED and ARCHIVED campaigns
 * no longer run; ARCHIVED is final.
 */
public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED, ARCHIVED;

    /** The status of that name, in any case; VALIDATION_ERROR on {@code field} otherwise. */
    public static CampaignStatus parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, "must be one of DRAFT, ACTIVE, PAUSED, COMPLETED, ARCHIVED");
        }
    }

    /** ACTIVE or PAUSED: launched, and not yet over. */
    public boolean isRunning() {
        return this == ACTIVE || this == PAUSED;
    }
}
