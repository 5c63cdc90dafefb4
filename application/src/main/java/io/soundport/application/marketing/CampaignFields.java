package io.soundport.application.marketing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A campaign as a caller writes it, unchecked: every field may be null. Budgets are decimals in major units with
 * their currency ({@code 250.00 EUR}), dates ISO days ({@code 2027-03-01}), the goal a metric and a target.
 */
public record CampaignFields(String name, String objective, String releaseId, String trackId, Amount budget,
                             Amount dailyBudget, String startDate, String endDate, List<String> audienceIds,
                             String adAccountId, Goal goal) {

    /** An amount in major units of a currency, as given. */
    public record Amount(BigDecimal amount, String currency) {
    }

    /** A goal as given: a metric's name and the count to reach. */
    public record Goal(String metric, Long target) {
    }
}
