package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.Role;

/**
 * The signed-in user as the API sees them.
 *
 * @param user         the user
 * @param organization the organization the caller acts in
 * @param roleValue    the role as sent; {@link #role()} reads it as an enum
 * @param tierValue    the tier as sent; {@link #tier()} reads it as an enum
 */
public record Profile(User user, Organization organization, @JsonProperty("role") String roleValue,
                      @JsonProperty("tier") String tierValue) {
    /**
     * The user's role in the organization.
     *
     * @return the role, {@link Role#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #roleValue()})
     */
    public Role role() {
        return Role.fromValue(roleValue);
    }

    /**
     * The organization's plan.
     *
     * @return the tier, {@link Tier#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #tierValue()})
     */
    public Tier tier() {
        return Tier.fromValue(tierValue);
    }
}
