package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A tenant: every resource belongs to one organization.
 *
 * @param id               the organization's id
 * @param name             its name
 * @param tierValue        the tier as sent; {@link #tier()} reads it as an enum
 * @param requestsPerHour  the rate limit of its plan
 * @param statusValue      the standing as sent; {@link #status()} reads it as an enum
 * @param suspendedAt      when a platform operator suspended it; null while it is active
 * @param suspensionReason the operator's reason; null while it is active
 * @param dpid             its DDEX Party ID, the sender of its ERN messages; null until the OWNER sets it
 * @param partyName        the party name its ERN messages carry (its name unless the OWNER set another)
 * @param createdAt        when it was created
 */
public record Organization(String id, String name, @JsonProperty("tier") String tierValue, int requestsPerHour,
                           @JsonProperty("status") String statusValue, Instant suspendedAt, String suspensionReason,
                           String dpid, String partyName, Instant createdAt) {
    /**
     * The organization's plan.
     *
     * @return the tier, {@link Tier#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #tierValue()})
     */
    public Tier tier() {
        return Tier.fromValue(tierValue);
    }

    /**
     * The organization's standing.
     *
     * @return the status, {@link OrganizationStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public OrganizationStatus status() {
        return OrganizationStatus.fromValue(statusValue);
    }
}
