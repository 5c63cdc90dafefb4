package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Create a campaign in one of the caller's Meta ad accounts: its name, objective, first status (PAUSED by default,
 * so that nothing is spent before the ad sets exist) and at most one budget, daily or lifetime, in the account's
 * currency. Build it with {@link #of}, which checks every field.
 */
public record CreateCampaignCommand(NewCampaign campaign) {
    public CreateCampaignCommand {
        Objects.requireNonNull(campaign, "campaign");
    }

    /** A budget as given: a decimal amount in major units ({@code 25.00}) and its currency. */
    public record Budget(BigDecimal amount, String currency) {
    }

    public static CreateCampaignCommand of(String adAccountId, String name, String objective, String status,
                                           Budget dailyBudget, Budget lifetimeBudget) {
        Validation v = new Validation();
        AdAccountId account = v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        CampaignObjective goal = v.field("objective", () -> CampaignObjective.of(objective, "objective"));
        CampaignStatus first = v.field("status", () -> status == null || status.isBlank() ? CampaignStatus.PAUSED
                : CampaignStatus.settable(status, "status"));
        Money daily = v.nested("", () -> dailyBudget == null ? null
                : Amounts.money(dailyBudget.amount(), dailyBudget.currency(), "dailyBudget"));
        Money lifetime = v.nested("", () -> lifetimeBudget == null ? null
                : Amounts.money(lifetimeBudget.amount(), lifetimeBudget.currency(), "lifetimeBudget"));
        String checkedName = v.field("name", () -> Validation.requireText(name, "name", NewCampaign.MAX_NAME));
        v.throwIfInvalid();
        NewCampaign campaign = v.nested("", () -> new NewCampaign(account, checkedName, goal, first, daily, lifetime));
        v.throwIfInvalid();
        return new CreateCampaignCommand(campaign);
    }
}
