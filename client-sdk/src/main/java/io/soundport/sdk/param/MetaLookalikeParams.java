package io.soundport.sdk.param;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What {@code meta().createLookalike(..)} takes: the people of a country closest to the origin audience.
 *
 * @param adAccountId the ad account, {@code act_} and digits
 * @param name        the new audience's name
 * @param country     an ISO 3166-1 alpha-2 code
 * @param ratio       0.01 to 0.20: the share of the country's people
 */
public record MetaLookalikeParams(String adAccountId, String name, String country, BigDecimal ratio) {
    /**
     * Checks the required fields.
     *
     * @param adAccountId the ad account
     * @param name        the name
     * @param country     the country
     * @param ratio       the share
     * @throws NullPointerException when a field is missing
     */
    public MetaLookalikeParams {
        Objects.requireNonNull(adAccountId, "adAccountId is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(country, "country is required");
        Objects.requireNonNull(ratio, "ratio is required");
    }
}
