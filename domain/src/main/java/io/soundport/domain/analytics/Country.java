package io.soundport.domain.analytics;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * Where a listener was: an ISO 3166-1 alpha-2 code, or {@code ZZ} when the store did not say (the code ISO leaves
 * for such use, and the one DSP reports put in that case).
 */
public record Country(String code) {
    public static final Country UNKNOWN = new Country("ZZ");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Country {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("country", "must not be blank");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.equals("ZZ") && !COUNTRIES.contains(code)) {
            throw DomainException.invalid("country", "must be an ISO 3166-1 alpha-2 country code (or ZZ if unknown)");
        }
    }

    public static Country of(String code) {
        return new Country(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
