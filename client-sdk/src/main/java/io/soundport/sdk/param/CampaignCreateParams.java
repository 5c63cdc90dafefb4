package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.CampaignGoal;
import io.soundport.sdk.model.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code campaigns().create(..)} takes: a DRAFT campaign. Build it with {@link #builder()}; the name, the
 * objective, the budget and the start date are required (a {@link NullPointerException} otherwise), and so is one
 * of a release and a track.
 *
 * @param name the campaign's name, at most 200 characters
 * @param objective what it is for
 * @param releaseId the release it promotes; give this or a track
 * @param trackId the track it promotes; give this or a release
 * @param budget what it may spend over its whole life
 * @param dailyBudget what it may spend per day, in the budget's currency, or null
 * @param startDate its first day
 * @param endDate its last day, or null
 * @param audienceIds the audiences it targets, at most 20, or null
 * @param adAccountId the Meta ad account it runs in once launched, or null to run here only
 * @param goal what it sets out to reach, or null
 */
public record CampaignCreateParams(String name, MetaCampaignObjective objective, String releaseId, String trackId,
                                   Money budget, Money dailyBudget, LocalDate startDate, LocalDate endDate,
                                   List<String> audienceIds, String adAccountId, CampaignGoal goal) {
    /**
     * Checks the required fields and that the objective is known.
     *
     * @param name the campaign's name, at most 200 characters
     * @param objective what it is for
     * @param releaseId the release it promotes; give this or a track
     * @param trackId the track it promotes; give this or a release
     * @param budget what it may spend over its whole life
     * @param dailyBudget what it may spend per day, in the budget's currency, or null
     * @param startDate its first day
     * @param endDate its last day, or null
     * @param audienceIds the audiences it targets, at most 20, or null
     * @param adAccountId the Meta ad account it runs in once launched, or null to run here only
     * @param goal what it sets out to reach, or null
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the objective is {@code UNKNOWN}, or neither or both of a release and a
     *                                  track are given
     */
    public CampaignCreateParams {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(objective, "objective is required");
        ApiEnum.requireKnown(objective, "objective");
        Objects.requireNonNull(budget, "budget is required");
        Objects.requireNonNull(startDate, "startDate is required");
        if ((releaseId == null) == (trackId == null)) {
            throw new IllegalArgumentException("give either a releaseId or a trackId");
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

    /** Builds a {@link CampaignCreateParams}. */
    public static final class Builder {
        private String name;
        private MetaCampaignObjective objective;
        private String releaseId;
        private String trackId;
        private Money budget;
        private Money dailyBudget;
        private LocalDate startDate;
        private LocalDate endDate;
        private List<String> audienceIds;
        private String adAccountId;
        private CampaignGoal goal;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the campaign's name, at most 200 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code objective}.
         *
         * @param objective what it is for
         * @return this builder
         */
        public Builder objective(MetaCampaignObjective objective) {
            this.objective = objective;
            return this;
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId the release it promotes; give this or a track
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code track_id}.
         *
         * @param trackId the track it promotes; give this or a release
         * @return this builder
         */
        public Builder trackId(String trackId) {
            this.trackId = trackId;
            return this;
        }

        /**
         * Sets {@code budget}.
         *
         * @param budget what it may spend over its whole life
         * @return this builder
         */
        public Builder budget(Money budget) {
            this.budget = budget;
            return this;
        }

        /**
         * Sets {@code daily_budget}.
         *
         * @param dailyBudget what it may spend per day, in the budget's currency, or null
         * @return this builder
         */
        public Builder dailyBudget(Money dailyBudget) {
            this.dailyBudget = dailyBudget;
            return this;
        }

        /**
         * Sets {@code start_date}.
         *
         * @param startDate its first day
         * @return this builder
         */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets {@code end_date}.
         *
         * @param endDate its last day, or null
         * @return this builder
         */
        public Builder endDate(LocalDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets {@code audience_ids}.
         *
         * @param audienceIds the audiences it targets, at most 20, or null
         * @return this builder
         */
        public Builder audienceIds(List<String> audienceIds) {
            this.audienceIds = audienceIds;
            return this;
        }

        /**
         * Sets {@code ad_account_id}.
         *
         * @param adAccountId the Meta ad account it runs in once launched, or null to run here only
         * @return this builder
         */
        public Builder adAccountId(String adAccountId) {
            this.adAccountId = adAccountId;
            return this;
        }

        /**
         * Sets {@code goal}.
         *
         * @param goal what it sets out to reach, or null
         * @return this builder
         */
        public Builder goal(CampaignGoal goal) {
            this.goal = goal;
            return this;
        }

        /**
         * The params.
         *
         * @return the params
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the objective is {@code UNKNOWN}, or not one of a release and a track
         *                                  is given
         */
        public CampaignCreateParams build() {
            return new CampaignCreateParams(name, objective, releaseId, trackId, budget, dailyBudget, startDate,
                    endDate, audienceIds, adAccountId, goal);
        }
    }
}
