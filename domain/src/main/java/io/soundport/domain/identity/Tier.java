package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plan of an organization; it sets how many requests an hour its callers may make. */
public enum Tier {
    FREE(100),
    STARTER(1_000),
    PROFESSIONAL(10_000),
    ENTERPRISE(100_000);

    private final int requestsPerHour;

    Tier(int requestsPerHour) {
        this.requestsPerHour = requestsPerHour;
    }

    public int requestsPerHour() {
        return requestsPerHour;
    }

    /** The tier named {@code value} (any case); a VALIDATION_ERROR on {@code field} listing the tiers otherwise. */
    public static Tier parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, "must be one of "
                    + Arrays.stream(values()).map(Tier::name).collect(Collectors.joining(", ")));
        }
    }
}
