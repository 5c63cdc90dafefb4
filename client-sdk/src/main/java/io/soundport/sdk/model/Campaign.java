package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A marketing campaign of the organization, promoting a release or a track, run on Meta once launched when it names
 * an ad account.
 *
 * @param id             the campaign's id ({@code cmp_...})
 * @param name           its name
 * @param objective      what it is for, as Meta names its outcome objectives ({@code OUTCOME_AWARENESS}...)
 * @param releaseId      the release it promotes, or null
 * @param trackId        the track it promotes, or null
 * @param budget         what it may spend over its whole life
 * @param dailyBudget    what it may spend per day, or null
 * @param startDate      its first day
 * @param endDate        its last day, or null
 * @param audienceIds    the audiences it targets
 * @param adAccountId    the Meta ad account it runs in, or null
 * @param goal           what it sets out to reach, or null
 * @param statusValue    the status as sent; {@link #status()} reads it as an enum
 * @param metaCampaignId the Meta campaign it runs as, once launched in an ad account; else null
 * @param metrics        what it has done so far
 * @param budgetWarned   whether 80 % of its budget is spent ({@code budget.warning} was raised)
 * @param goalReached    whether its goal is reached ({@code goal.reached} was raised)
 * @param createdAt      when it was created
 * @param updatedAt      when it last changed
 * @param version        its version, for {@code If-Match}
 */
public record Campaign(String id, String name, String objective, String releaseId, String trackId, Money budget,
                       Money dailyBudget, LocalDate startDate, LocalDate endDate, List<String> audienceIds,
                       String adAccountId, CampaignGoal goal, @JsonProperty("status") String statusValue,
                       String metaCampaignId, CampaignMetrics metrics, boolean budgetWarned, boolean goalReached,
                       Instant createdAt, Instant updatedAt, long version) {
    /**
     * The campaign's status.
     *
     * @return the status, {@link CampaignStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public CampaignStatus status() {
        return CampaignStatus.fromValue(statusValue);
    }
}
