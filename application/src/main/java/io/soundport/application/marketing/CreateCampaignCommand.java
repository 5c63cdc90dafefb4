package io.soundport.application.marketing;

import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * Create a DRAFT campaign with this plan. Build it with {@link #of}, which checks every field and reports every
 * invalid one at once; the use case then checks that what it promotes and its audiences are the organization's.
 */
public record CreateCampaignCommand(CampaignPlan plan) {
    public CreateCampaignCommand {
        Objects.requireNonNull(plan, "plan");
    }

    public static CreateCampaignCommand of(CampaignFields f) {
        Validation v = new Validation();
        var objective = v.field("objective", () -> CampaignInputs.objective(f.objective()));
        var promotes = v.field("releaseId", () -> CampaignInputs.promotion(f.releaseId(), f.trackId()));
        var budget = v.nested("", () -> CampaignInputs.money(f.budget(), "budget"));
        v.require(f.budget() != null, "budget", "must not be blank");
        var daily = v.nested("", () -> CampaignInputs.money(f.dailyBudget(), "dailyBudget"));
        var start = v.field("startDate", () -> CampaignInputs.date(f.startDate(), "startDate"));
        var end = f.endDate() == null ? null : v.field("endDate", () -> CampaignInputs.date(f.endDate(), "endDate"));
        var audiences = v.nested("", () -> CampaignInputs.audiences(f.audienceIds()));
        var account = v.field("adAccountId", () -> CampaignInputs.adAccount(f.adAccountId()));
        var goal = v.nested("", () -> CampaignInputs.goal(f.goal()));
        String name = v.field("name", () -> Validation.requireText(f.name(), "name", CampaignPlan.MAX_NAME));
        v.throwIfInvalid();
        CampaignPlan plan = v.nested("", () -> new CampaignPlan(name, objective, promotes, budget, daily, start, end,
                audiences, account, goal));
        v.throwIfInvalid();
        return new CreateCampaignCommand(plan);
    }
}
