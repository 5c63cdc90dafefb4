package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A tenant: every resource belongs to one organization.
 *
 * @param id              the organization's id
 * @param name            its name
 * @param tierValue       the tier as sent; {@link #tier()} reads it as an enum
 * @param requestsPerHour the rate limit of its plan
 * @param createdAt       when it was created
 */
public record Organization(String id, String name, @JsonProperty("tier") String tierValue, int requestsPerHour,
                           Instant createdAt) {
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
