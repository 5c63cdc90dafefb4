package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.Tier;

/**
 * What {@code admin().organizations().update(..)} changes; null fields are kept. Build it with {@link #builder()},
 * or with {@link #suspend(String)} and {@link #reinstate()}.
 *
 * @param tier             a new tier, or null
 * @param suspended        true to suspend (with a reason), false to reinstate, or null
 * @param suspensionReason why, for the organization's people (at most 500 characters); only with suspended true
 */
public record AdminOrganizationUpdateParams(Tier tier, Boolean suspended, String suspensionReason) {
    /**
     * Refuses what the server would refuse without asking it.
     *
     * @param tier             a new tier, or null
     * @param suspended        true to suspend, false to reinstate, or null
     * @param suspensionReason why; only with suspended true
     * @throws IllegalArgumentException when the tier is {@code UNKNOWN}, a suspension has no reason, or a reason
     *                                  comes without a suspension
     */
    public AdminOrganizationUpdateParams {
        ApiEnum.requireKnown(tier, "tier");
        boolean suspending = Boolean.TRUE.equals(suspended);
        boolean hasReason = suspensionReason != null && !suspensionReason.isBlank();
        if (suspending != hasReason) {
            throw new IllegalArgumentException(suspending ? "a suspension needs a suspensionReason"
                    : "suspensionReason goes only with suspended true");
        }
    }

    /**
     * Suspends the organization.
     *
     * @param reason why, for the organization's people
     * @return the params
     */
    public static AdminOrganizationUpdateParams suspend(String reason) {
        return new AdminOrganizationUpdateParams(null, true, reason);
    }

    /**
     * Lifts the organization's suspension.
     *
     * @return the params
     */
    public static AdminOrganizationUpdateParams reinstate() {
        return new AdminOrganizationUpdateParams(null, false, null);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdminOrganizationUpdateParams}. */
    public static final class Builder {
        private Tier tier;
        private Boolean suspended;
        private String suspensionReason;

        private Builder() {
        }

        /**
         * Sets {@code tier}.
         *
         * @param tier a new tier, or null
         * @return this builder
         */
        public Builder tier(Tier tier) {
            this.tier = tier;
            return this;
        }

        /**
         * Sets {@code suspended}.
         *
         * @param suspended true to suspend (with a reason), false to reinstate, or null
         * @return this builder
         */
        public Builder suspended(Boolean suspended) {
            this.suspended = suspended;
            return this;
        }

        /**
         * Sets {@code suspension_reason}.
         *
         * @param suspensionReason why, for the organization's people; only with suspended true
         * @return this builder
         */
        public Builder suspensionReason(String suspensionReason) {
            this.suspensionReason = suspensionReason;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link AdminOrganizationUpdateParams}
         */
        public AdminOrganizationUpdateParams build() {
            return new AdminOrganizationUpdateParams(tier, suspended, suspensionReason);
        }
    }
}
