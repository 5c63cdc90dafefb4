package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * A campaign's status as it was set ({@code status} / {@code configured_status}): only ACTIVE and PAUSED may be set
 * here; a status Meta adds later reads as {@link #OTHER}.
 */
public enum CampaignStatus {
    ACTIVE, PAUSED, DELETED, ARCHIVED, OTHER;

    /** Whether a campaign may be put in this status through this platform. */
    public boolean settable() {
        return this == ACTIVE || this == PAUSED;
    }

    /** What Meta answered, {@link #OTHER} for anything unknown. */
    public static CampaignStatus read(String value) {
        if (value == null) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** A status to set: ACTIVE or PAUSED, else VALIDATION_ERROR on {@code field}. */
    public static CampaignStatus settable(String value, String field) {
        CampaignStatus status = read(value);
        if (!status.settable()) {
            throw DomainException.invalid(field, "must be ACTIVE or PAUSED");
        }
        return status;
    }
}
