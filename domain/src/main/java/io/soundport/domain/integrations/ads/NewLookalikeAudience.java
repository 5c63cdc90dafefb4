package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lookalike audience to create in an ad account: people of {@code country} who resemble those of the
 * {@code origin} audience, the closest {@code ratio} of the country's population (0.01 to 0.20, that is 1 % to 20 %).
 */
public record NewLookalikeAudience(AdAccountId accountId, String name, AudienceId origin, String country,
                                   BigDecimal ratio) {
    public static final BigDecimal MIN_RATIO = new BigDecimal("0.01");
    public static final BigDecimal MAX_RATIO = new BigDecimal("0.20");

    public NewLookalikeAudience {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(origin, "origin");
        name = Validation.requireText(name, "name", 200);
        country = country(country);
        ratio = ratio(ratio);
    }

    /** A country code a lookalike may target (ISO 3166-1 alpha-2, upper-cased); VALIDATION_ERROR on {@code country}. */
    public static String country(String country) {
        Territory territory;
        try {
            territory = country == null ? null : Territory.of(country);
        } catch (DomainException notACountry) {
            territory = null;
        }
        if (territory == null || territory.equals(Territory.WORLD)) {
            throw DomainException.invalid("country", "must be an ISO 3166-1 alpha-2 country code");
        }
        return territory.code();
    }

    /** A ratio from {@link #MIN_RATIO} to {@link #MAX_RATIO} in steps of 0.01; VALIDATION_ERROR on {@code ratio}. */
    public static BigDecimal ratio(BigDecimal ratio) {
        if (ratio == null || ratio.compareTo(MIN_RATIO) < 0 || ratio.compareTo(MAX_RATIO) > 0
                || ratio.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("ratio", "must be between 0.01 and 0.20, in steps of 0.01");
        }
        return ratio;
    }
}
