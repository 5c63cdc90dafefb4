package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * A country whose catalog an answer is limited to: an ISO 3166-1 alpha-2 code, kept in capitals ({@code SE}). Where
 * no market is given, the platform uses the country of the account the access token acts for.
 */
public record Market(String code) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Market {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("market", "must not be blank");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw DomainException.invalid("market", "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }

    public static Market of(String code) {
        return new Market(code);
    }

    /** The market of this code, or null for a null or blank one (no market asked for). */
    public static Market ofNullable(String code) {
        return code == null || code.isBlank() ? null : new Market(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
