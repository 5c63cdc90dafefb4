package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.util.Objects;

/**
 * A campaign to create in an ad account: its name, objective, first status (ACTIVE or PAUSED) and at most one of a
 * daily or a lifetime budget, positive (none: the budget is set on its ad sets). A budget is in the account's
 * currency, which the platform checks.
 */
public record NewCampaign(AdAccountId accountId, String name, CampaignObjective objective, CampaignStatus status,
                          Money dailyBudget, Money lifetimeBudget) {
    public static final int MAX_NAME = 400;

    public NewCampaign {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(status, "status");
        if (objective == CampaignObjective.OTHER) {
            throw DomainException.invalid("objective", "must be an outcome objective such as OUTCOME_TRAFFIC");
        }
        if (!status.settable()) {
            throw DomainException.invalid("status", "must be ACTIVE or PAUSED");
        }
        Budgets.check(dailyBudget, lifetimeBudget);
        name = io.soundport.domain.shared.Validation.requireText(name, "name", MAX_NAME);
    }
}
