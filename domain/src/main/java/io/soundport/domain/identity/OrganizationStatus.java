package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** An organization's standing: ACTIVE, or SUSPENDED by a platform operator (its callers are then refused). */
public enum OrganizationStatus {
    ACTIVE, SUSPENDED;

    public static OrganizationStatus parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, "must be one of ACTIVE, SUSPENDED");
        }
    }
}
