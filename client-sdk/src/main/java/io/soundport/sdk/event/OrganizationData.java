package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.OrganizationStatus;
import io.soundport.sdk.model.Tier;

import java.time.Instant;

/**
 * The organization an {@code organization.*} event is about, after a platform operator changed its tier or standing.
 *
 * @param id                 the organization's id ({@code org_...})
 * @param name               its name
 * @param tierValue          the tier as sent; {@link #tier()} reads it as an enum
 * @param requestsPerHour    the tier's limit
 * @param previousTierValue  the tier before an {@code organization.tier_changed}, as sent; null for the other types
 * @param statusValue        the standing as sent; {@link #status()} reads it as an enum
 * @param suspendedAt        when it was suspended; null while it is active
 * @param suspensionReason   the operator's reason; null while it is active
 * @param workflowDepth      how many workflow rules led to the event
 */
public record OrganizationData(String id, String name, @JsonProperty("tier") String tierValue, int requestsPerHour,
                               @JsonProperty("previous_tier") String previousTierValue,
                               @JsonProperty("status") String statusValue, Instant suspendedAt,
                               String suspensionReason, int workflowDepth) implements EventData {
    /**
     * The organization's tier after the change.
     *
     * @return the tier, {@link Tier#UNKNOWN} for one this SDK does not know
     */
    public Tier tier() {
        return Tier.fromValue(tierValue);
    }

    /**
     * The tier before an {@code organization.tier_changed}.
     *
     * @return the tier, null for the other event types, {@link Tier#UNKNOWN} for one this SDK does not know
     */
    public Tier previousTier() {
        return Tier.fromValue(previousTierValue);
    }

    /**
     * The organization's standing after the change.
     *
     * @return the status, {@link OrganizationStatus#UNKNOWN} for one this SDK does not know
     */
    public OrganizationStatus status() {
        return OrganizationStatus.fromValue(statusValue);
    }
}
