package io.soundport.sdk.param;

import io.soundport.sdk.model.CampaignGoal;
import io.soundport.sdk.model.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code campaigns().update(..)} changes; null fields are kept. A launched campaign keeps its objective, what it
 * promotes, its currency, ad account and start date. Build it with {@link #builder()}; {@link Builder#archive()}
 * archives it.
 *
 * @param name a new name, or null
 * @param objective a new objective (a draft only), or null
 * @param releaseId a release to promote instead (a draft only), or null
 * @param trackId a track to promote instead (a draft only), or null
 * @param budget a new budget, or null
 * @param dailyBudget a new daily budget, or null
 * @param startDate a new first day (a draft only), or null
 * @param endDate a new last day ({@code 2027-03-31}), {@code ""} to clear it, or null
 * @param audienceIds the audiences it targets instead, or null
 * @param adAccountId another Meta ad account (a draft only), or null
 * @param goal a new goal, or null
 * @param status {@code ARCHIVED} to archive it, or null
 */
public record CampaignUpdateParams(String name, MetaCampaignObjective objective, String releaseId, String trackId,
                                   Money budget, Money dailyBudget, LocalDate startDate, String endDate,
                                   List<String> audienceIds, String adAccountId, CampaignGoal goal, String status) {
    /**
     * Refuses a status other than {@code ARCHIVED} (launch and pause have their own methods).
     *
     * @param name a new name, or null
     * @param objective a new objective (a draft only), or null
     * @param releaseId a release to promote instead (a draft only), or null
     * @param trackId a track to promote instead (a draft only), or null
     * @param budget a new budget, or null
     * @param dailyBudget a new daily budget, or null
     * @param startDate a new first day (a draft only), or null
     * @param endDate a new last day ({@code 2027-03-31}), {@code ""} to clear it, or null
     * @param audienceIds the audiences it targets instead, or null
     * @param adAccountId another Meta ad account (a draft only), or null
     * @param goal a new goal, or null
     * @param status {@code ARCHIVED} to archive it, or null
     * @throws IllegalArgumentException when the status is given and is not {@code ARCHIVED}
     */
    public CampaignUpdateParams {
        if (status != null && !status.equals("ARCHIVED")) {
            throw new IllegalArgumentException("status is ARCHIVED or null: use launch(..) and pause(..) for the rest");
        }
        audienceIds = audienceIds == null ? null : List.copyOf(audienceIds);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CampaignUpdateParams}. */
    public static final class Builder {
        private String name;
        private MetaCampaignObjective objective;
        private String releaseId;
        private String trackId;
        private Money budget;
        private Money dailyBudget;
        private LocalDate startDate;
        private String endDate;
        private List<String> audienceIds;
        private String adAccountId;
        private CampaignGoal goal;
        private String status;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name a new name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code objective}.
         *
         * @param objective a new objective (a draft only), or null
         * @return this builder
         */
        public Builder objective(MetaCampaignObjective objective) {
            this.objective = objective;
            return this;
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId a release to promote instead (a draft only), or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code track_id}.
         *
         * @param trackId a track to promote instead (a draft only), or null
         * @return this builder
         */
        public Builder trackId(String trackId) {
            this.trackId = trackId;
            return this;
        }

        /**
         * Sets {@code budget}.
         *
         * @param budget a new budget, or null
         * @return this builder
         */
        public Builder budget(Money budget) {
            this.budget = budget;
            return this;
        }

        /**
         * Sets {@code daily_budget}.
         *
         * @param dailyBudget a new daily budget, or null
         * @return this builder
         */
        public Builder dailyBudget(Money dailyBudget) {
            this.dailyBudget = dailyBudget;
            return this;
        }

        /**
         * Sets {@code start_date}.
         *
         * @param startDate a new first day (a draft only), or null
         * @return this builder
         */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code end_date}.
         *
         * @param endDate a new last day ({@code 2027-03-31}), {@code ""} to clear it, or null
         * @return this builder
         */
        public Builder endDate(String endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets {@code audience_ids}.
         *
         * @param audienceIds the audiences it targets instead, or null
         * @return this builder
         */
        public Builder audienceIds(List<String> audienceIds) {
            this.audienceIds = audienceIds;
            return this;
        }

        /**
         * Sets {@code ad_account_id}.
         *
         * @param adAccountId another Meta ad account (a draft only), or null
         * @return this builder
         */
        public Builder adAccountId(String adAccountId) {
            this.adAccountId = adAccountId;
            return this;
        }

        /**
         * Sets {@code goal}.
         *
         * @param goal a new goal, or null
         * @return this builder
         */
        public Builder goal(CampaignGoal goal) {
            this.goal = goal;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status {@code ARCHIVED} to archive it, or null
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * Archives the campaign ({@code status: ARCHIVED}): a DRAFT, PAUSED or COMPLETED one.
         *
         * @return this builder
         */
        public Builder archive() {
            this.status = "ARCHIVED";
            return this;
        }

        /**
         * The params.
         *
         * @return the params
         * @throws IllegalArgumentException when the status is not {@code ARCHIVED}
         */
        public CampaignUpdateParams build() {
            return new CampaignUpdateParams(name, objective, releaseId, trackId, budget, dailyBudget, startDate,
                    endDate, audienceIds, adAccountId, goal, status);
        }
    }
}
