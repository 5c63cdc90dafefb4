package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

/**
 * What to change on a campaign: its status (ACTIVE or PAUSED), its daily or its lifetime budget; null leaves a
 * field as it is, and at least one is given.
 */
public record CampaignChange(CampaignStatus status, Money dailyBudget, Money lifetimeBudget) {
    public CampaignChange {
        if (status == null && dailyBudget == null && lifetimeBudget == null) {
            throw DomainException.invalid("status", "give a status, a daily budget or a lifetime budget to change");
        }
        if (status != null && !status.settable()) {
            throw DomainException.invalid("status", "must be ACTIVE or PAUSED");
        }
        Budgets.check(dailyBudget, lifetimeBudget);
    }
}
