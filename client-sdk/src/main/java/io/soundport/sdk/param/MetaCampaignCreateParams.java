package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.MetaCampaignStatus;
import io.soundport.sdk.model.Money;

import java.util.Objects;

/**
 * What {@code meta().createCampaign(..)} takes. Build it with {@link #builder()}; the ad account, the name and the
 * objective are required (a {@link NullPointerException} otherwise).
 *
 * @param adAccountId    the ad account, {@code act_} and digits
 * @param name           the campaign's name
 * @param objective      what it is for
 * @param status         ACTIVE or PAUSED; PAUSED when null
 * @param dailyBudget    a daily budget in the account's currency, or null
 * @param lifetimeBudget a lifetime budget in the account's currency, or null; not both budgets
 */
public record MetaCampaignCreateParams(String adAccountId, String name, MetaCampaignObjective objective,
                                       MetaCampaignStatus status, Money dailyBudget, Money lifetimeBudget) {
    /**
     * Checks the required fields and that no enum is {@code UNKNOWN}.
     *
     * @param adAccountId    the ad account
     * @param name           the campaign's name
     * @param objective      what it is for
     * @param status         ACTIVE or PAUSED, or null
     * @param dailyBudget    a daily budget, or null
     * @param lifetimeBudget a lifetime budget, or null
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when an enum is {@code UNKNOWN}, or both budgets are given
     */
    public MetaCampaignCreateParams {
        Objects.requireNonNull(adAccountId, "adAccountId is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(objective, "objective is required");
        ApiEnum.requireKnown(objective, "objective");
        ApiEnum.requireKnown(status, "status");
        if (dailyBudget != null && lifetimeBudget != null) {
            throw new IllegalArgumentException("a campaign has a daily or a lifetime budget, not both");
        }
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MetaCampaignCreateParams}. */
    public static final class Builder {
        private String adAccountId;
        private String name;
        private MetaCampaignObjective objective;
        private MetaCampaignStatus status;
        private Money dailyBudget;
        private Money lifetimeBudget;

        private Builder() {
        }

        /**
         * Sets {@code ad_account_id}.
         *
         * @param adAccountId the ad account, {@code act_} and digits
         * @return this builder
         */
        public Builder adAccountId(String adAccountId) {
            this.adAccountId = adAccountId;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the campaign's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code objective}.
         *
         * @param objective what the campaign is for
         * @return this builder
         */
        public Builder objective(MetaCampaignObjective objective) {
            this.objective = objective;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status ACTIVE or PAUSED
         * @return this builder
         */
        public Builder status(MetaCampaignStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code daily_budget}.
         *
         * @param dailyBudget in the account's currency
         * @return this builder
         */
        public Builder dailyBudget(Money dailyBudget) {
            this.dailyBudget = dailyBudget;
            return this;
        }

        /**
         * Sets {@code lifetime_budget}.
         *
         * @param lifetimeBudget in the account's currency
         * @return this builder
         */
        public Builder lifetimeBudget(Money lifetimeBudget) {
            this.lifetimeBudget = lifetimeBudget;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link MetaCampaignCreateParams}
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when an enum is {@code UNKNOWN} or both budgets are set
         */
        public MetaCampaignCreateParams build() {
            return new MetaCampaignCreateParams(adAccountId, name, objective, status, dailyBudget, lifetimeBudget);
        }
    }
}
