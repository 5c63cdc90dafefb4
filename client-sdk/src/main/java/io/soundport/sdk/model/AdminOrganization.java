package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An organization as platform operators see it ({@code client.admin().organizations()}).
 *
 * @param id               the organization's id
 * @param name             its name
 * @param tierValue        the tier as sent; {@link #tier()} reads it as an enum
 * @param requestsPerHour  the rate limit of its tier
 * @param requestsThisHour the requests its callers made over the last hour, as the tier's rate limit counts them
 * @param statusValue      the standing as sent; {@link #status()} reads it as an enum
 * @param suspendedAt      when it was suspended; null while it is active
 * @param suspendedBy      the user id of the operator who suspended it; null while it is active
 * @param suspensionReason the reason its people read; null while it is active
 * @param createdAt        when it was created
 * @param updatedAt        when its tier or standing last changed
 * @param version          its version, for {@code ifMatch} on an update
 */
public record AdminOrganization(String id, String name, @JsonProperty("tier") String tierValue, int requestsPerHour,
                                long requestsThisHour, @JsonProperty("status") String statusValue,
                                Instant suspendedAt, String suspendedBy, String suspensionReason, Instant createdAt,
                                Instant updatedAt, long version) {
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
