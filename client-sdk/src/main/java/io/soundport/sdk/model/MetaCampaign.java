package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A campaign of a Meta ad account.
 *
 * @param id             Meta's id of the campaign (digits)
 * @param adAccountId    the ad account, {@code act_} and digits
 * @param name           its name
 * @param objective      as Meta names it: {@code OUTCOME_TRAFFIC}..., or an older objective such as
 *                       {@code APP_INSTALLS}
 * @param statusValue    the status as sent; {@link #status()} reads it as an enum
 * @param dailyBudget    the daily budget in the account's currency, or null
 * @param lifetimeBudget the lifetime budget in the account's currency, or null
 * @param createdTime    when it was created, or null when not known
 */
public record MetaCampaign(String id, String adAccountId, String name, String objective,
                           @JsonProperty("status") String statusValue, Money dailyBudget, Money lifetimeBudget,
                           Instant createdTime) {
    /**
     * The campaign's status.
     *
     * @return the status, {@link MetaCampaignStatus#UNKNOWN} for one this SDK does not know
     */
    public MetaCampaignStatus status() {
        return MetaCampaignStatus.fromValue(statusValue);
    }
}
