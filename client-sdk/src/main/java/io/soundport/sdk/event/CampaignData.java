package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.CampaignGoal;
import io.soundport.sdk.model.CampaignMetrics;
import io.soundport.sdk.model.CampaignStatus;
import io.soundport.sdk.model.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The campaign a {@code campaign.*}, {@code budget.warning}, {@code goal.reached} or {@code metrics.updated} event is
 * about, as it is after the change (for {@code campaign.deleted}, as it was).
 *
 * @param id             the campaign's id ({@code cmp_...})
 * @param name           its name
 * @param objective      what it is for ({@code OUTCOME_AWARENESS}...)
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
 * @param metaCampaignId the Meta campaign it runs as, or null
 * @param metrics        what it has done so far
 * @param reason         why it completed ({@code END_DATE}, {@code BUDGET_SPENT}) on {@code campaign.completed},
 *                       else null
 * @param version        its version after the change
 * @param workflowDepth  how many workflow rules led to the event
 */
public record CampaignData(String id, String name, String objective, String releaseId, String trackId, Money budget,
                           Money dailyBudget, LocalDate startDate, LocalDate endDate, List<String> audienceIds,
                           String adAccountId, CampaignGoal goal, @JsonProperty("status") String statusValue,
                           String metaCampaignId, CampaignMetrics metrics, String reason, long version,
                           int workflowDepth) implements EventData {
    /**
     * The campaign's status.
     *
     * @return the status, {@link CampaignStatus#UNKNOWN} for one this SDK does not know
     */
    public CampaignStatus status() {
        return CampaignStatus.fromValue(statusValue);
    }
}
