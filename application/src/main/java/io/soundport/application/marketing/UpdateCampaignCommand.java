package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.CampaignGoal;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partial change of a campaign (PATCH): a null field is kept; {@code end_date: ""} clears the end date. A change
 * may also archive it ({@code archive}); launching and pausing have their own commands. Carries the version the
 * caller last saw ({@code expectedVersion}, null to skip the check). Build it with {@link #of}, which checks every
 * given field and reports every invalid one at once; the campaign's rules then check the result.
 */
public record UpdateCampaignCommand(CampaignId id, String name, CampaignObjective objective, Promotion promotes,
                                    Money budget, Money dailyBudget, LocalDate startDate, LocalDate endDate,
                                    boolean clearEndDate, List<AudienceId> audienceIds, AdAccountId adAccountId,
                                    CampaignGoal goal, boolean archive, Long expectedVersion) {
    public UpdateCampaignCommand {
        Objects.requireNonNull(id, "id");
    }

    public static UpdateCampaignCommand of(CampaignId id, CampaignFields f, String status, Long expectedVersion) {
        Validation v = new Validation();
        String name = f.name() == null ? null
                : v.field("name", () -> Validation.requireText(f.name(), "name", CampaignPlan.MAX_NAME));
        CampaignObjective objective = f.objective() == null ? null
                : v.field("objective", () -> CampaignInputs.objective(f.objective()));
        Promotion promotes = f.releaseId() == null && f.trackId() == null ? null
                : v.field("releaseId", () -> CampaignInputs.promotion(f.releaseId(), f.trackId()));
        Money budget = v.nested("", () -> CampaignInputs.money(f.budget(), "budget"));
        Money daily = v.nested("", () -> CampaignInputs.money(f.dailyBudget(), "dailyBudget"));
        LocalDate start = f.startDate() == null ? null
                : v.field("startDate", () -> CampaignInputs.date(f.startDate(), "startDate"));
        boolean clearEnd = f.endDate() != null && f.endDate().isBlank();
        LocalDate end = f.endDate() == null || clearEnd ? null
                : v.field("endDate", () -> CampaignInputs.date(f.endDate(), "endDate"));
        List<AudienceId> audiences = f.audienceIds() == null ? null
                : v.nested("", () -> CampaignInputs.audiences(f.audienceIds()));
        AdAccountId account = f.adAccountId() == null ? null
                : v.field("adAccountId", () -> CampaignInputs.adAccount(f.adAccountId()));
        CampaignGoal goal = v.nested("", () -> CampaignInputs.goal(f.goal()));
        boolean archive = false;
        if (status != null) {
            CampaignStatus to = v.field("status", () -> CampaignStatus.parse(status, "status"));
            v.require(to == null || to == CampaignStatus.ARCHIVED, "status",
                    "only ARCHIVED is set here; a campaign is launched with POST /campaigns/{id}/launch and paused "
                            + "with POST /campaigns/{id}/pause");
            archive = to == CampaignStatus.ARCHIVED;
        }
        v.throwIfInvalid();
        return new UpdateCampaignCommand(id, name, objective, promotes, budget, daily, start, end, clearEnd, audiences,
                account, goal, archive, expectedVersion);
    }

    /** Whether it changes the plan at all (it may only archive). */
    boolean changesPlan() {
        return name != null || objective != null || promotes != null || budget != null || dailyBudget != null
                || startDate != null || endDate != null || clearEndDate || audienceIds != null || adAccountId != null
                || goal != null;
    }

    /** This change laid over the current plan; the plan's own rules check the result. */
    CampaignPlan over(CampaignPlan current) {
        Money nextBudget = budget != null ? budget : current.budget();
        Money nextDaily = dailyBudget != null ? dailyBudget : current.dailyBudget();
        if (budget != null && dailyBudget == null && nextDaily != null
                && !nextDaily.currency().equals(nextBudget.currency())) {
            throw DomainException.invalid("dailyBudget.currency", "must be the budget's currency, "
                    + nextBudget.currency().getCurrencyCode() + ": give a daily budget in it too");
        }
        return new CampaignPlan(name != null ? name : current.name(),
                objective != null ? objective : current.objective(),
                promotes != null ? promotes : current.promotes(), nextBudget, nextDaily,
                startDate != null ? startDate : current.startDate(),
                clearEndDate ? null : endDate != null ? endDate : current.endDate(),
                audienceIds != null ? audienceIds : current.audienceIds(),
                adAccountId != null ? adAccountId : current.adAccountId(),
                goal != null ? goal : current.goal());
    }
}
