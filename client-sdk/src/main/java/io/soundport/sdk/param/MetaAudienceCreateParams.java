package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code meta().createAudience(..)} takes: an empty customer-list audience.
 *
 * @param adAccountId the ad account, {@code act_} and digits
 * @param name        the audience's name
 * @param description or null
 */
public record MetaAudienceCreateParams(String adAccountId, String name, String description) {
    /**
     * Checks the required fields.
     *
     * @param adAccountId the ad account
     * @param name        the name
     * @param description or null
     * @throws NullPointerException when a required field is missing
     */
    public MetaAudienceCreateParams {
        Objects.requireNonNull(adAccountId, "adAccountId is required");
        Objects.requireNonNull(name, "name is required");
    }
}
