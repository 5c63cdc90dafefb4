package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * What an audience is: CUSTOM (a list of people the organization adds, hashed) or LOOKALIKE (the people of a country
 * who resemble those of a custom audience, found by Meta).
 */
public enum AudienceType {
    CUSTOM, LOOKALIKE;

    /** The type of that name, in any case. */
    public static AudienceType parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("type", "must be one of CUSTOM, LOOKALIKE");
        }
    }
}
