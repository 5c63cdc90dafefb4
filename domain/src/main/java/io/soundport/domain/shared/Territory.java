package io.soundport.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where a release may be sold: an ISO 3166-1 alpha-2 country code, or {@code WORLD}. */
public record Territory(String code) {
    public static final Territory WORLD = new Territory("WORLD");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Territory {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("territories", "must not be blank");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.equals("WORLD") && !COUNTRIES.contains(code)) {
            throw DomainException.invalid("territories",
                    "'" + code + "' is not an ISO 3166-1 alpha-2 country code or WORLD");
        }
    }

    public static Territory of(String code) {
        return new Territory(code);
    }

    /** Each of the codes as a territory, in order; the first invalid code is rejected. */
    public static List<Territory> allOf(List<String> codes) {
        return codes.stream().map(Territory::of).toList();
    }

    @Override
    public String toString() {
        return code;
    }
}
