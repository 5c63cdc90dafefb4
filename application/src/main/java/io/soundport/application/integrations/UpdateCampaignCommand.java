package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.CampaignChange;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * Pause or resume a Meta campaign (status ACTIVE or PAUSED) or change its daily or lifetime budget. Build it with
 * {@link #of}, which checks every field.
 */
public record UpdateCampaignCommand(CampaignId id, CampaignChange change) {
    public UpdateCampaignCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }

    public static UpdateCampaignCommand of(String id, String status, CreateCampaignCommand.Budget dailyBudget,
                                           CreateCampaignCommand.Budget lifetimeBudget) {
        Validation v = new Validation();
        CampaignId campaign = v.field("id", () -> CampaignId.of(id));
        CampaignStatus next = v.field("status", () -> status == null || status.isBlank() ? null
                : CampaignStatus.settable(status, "status"));
        Money daily = v.nested("", () -> dailyBudget == null ? null
                : Amounts.money(dailyBudget.amount(), dailyBudget.currency(), "dailyBudget"));
        Money lifetime = v.nested("", () -> lifetimeBudget == null ? null
                : Amounts.money(lifetimeBudget.amount(), lifetimeBudget.currency(), "lifetimeBudget"));
        v.throwIfInvalid();
        CampaignChange change = v.nested("", () -> new CampaignChange(next, daily, lifetime));
        v.throwIfInvalid();
        return new UpdateCampaignCommand(campaign, change);
    }
}
