package io.soundport.sdk.param;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What {@code audiences().createLookalike(..)} takes: the people of a country closest to a custom audience's.
 *
 * @param country an ISO 3166-1 alpha-2 code
 * @param ratio   0.01 to 0.20 in steps of 0.01: the share of the country's people, exact
 * @param name    at most 200 characters, or null for {@code Lookalike (FR, 2%) of <origin's name>}
 */
public record AudienceLookalikeParams(String country, BigDecimal ratio, String name) {
    /**
     * Refuses a missing country or ratio.
     *
     * @param country an ISO 3166-1 alpha-2 code
     * @param ratio   the share of the country's people
     * @param name    a name, or null
     * @throws NullPointerException without a country or a ratio
     */
    public AudienceLookalikeParams {
        Objects.requireNonNull(country, "country is required");
        Objects.requireNonNull(ratio, "ratio is required");
    }

    /**
     * A lookalike named after its origin.
     *
     * @param country an ISO 3166-1 alpha-2 code
     * @param ratio   the share of the country's people, such as {@code new BigDecimal("0.02")}
     * @return the params
     */
    public static AudienceLookalikeParams of(String country, BigDecimal ratio) {
        return new AudienceLookalikeParams(country, ratio, null);
    }
}
