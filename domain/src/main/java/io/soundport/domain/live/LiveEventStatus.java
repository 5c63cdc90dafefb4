package io.soundport.domain.live;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * Where a live event stands. SCHEDULED ↔ POSTPONED (back to SCHEDULED only with a new date); SCHEDULED or POSTPONED
 * → CANCELLED; SCHEDULED → COMPLETED once its date has come. CANCELLED and COMPLETED are final.
 */
public enum LiveEventStatus {
    SCHEDULED, POSTPONED, CANCELLED, COMPLETED;

    /** CANCELLED and COMPLETED: the event cannot change status nor move to another date any more. */
    public boolean isFinal() {
        return this == CANCELLED || this == COMPLETED;
    }

    /** The status of that name, in any case ({@code scheduled} or {@code SCHEDULED}). */
    public static LiveEventStatus parse(String value) {
        try {
            return LiveEventStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("status", "must be one of SCHEDULED, POSTPONED, CANCELLED, COMPLETED");
        }
    }
}
