package io.soundport.application.marketing;

import io.soundport.application.integrations.Amounts;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.CampaignGoal;
import io.soundport.domain.marketing.GoalMetric;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** How each raw field of a campaign is read; every reader throws VALIDATION_ERROR on its field. */
final class CampaignInputs {
    private CampaignInputs() {
    }

    static CampaignObjective objective(String value) {
        return CampaignObjective.of(value, "objective");
    }

    /** Exactly one of a release id and a track id. */
    static Promotion promotion(String releaseId, String trackId) {
        boolean release = releaseId != null && !releaseId.isBlank();
        boolean track = trackId != null && !trackId.isBlank();
        if (release == track) {
            throw DomainException.invalid("releaseId", "give either a release_id or a track_id");
        }
        return release ? Promotion.of(ReleaseId.of(releaseId.strip())) : Promotion.of(TrackId.of(trackId.strip()));
    }

    static Money money(CampaignFields.Amount amount, String field) {
        if (amount == null) {
            return null;
        }
        Money money = Amounts.money(amount.amount(), amount.currency(), field);
        if (money == null) {
            throw DomainException.invalid(field + ".amount", "must not be blank");
        }
        return money;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 date such as 2027-03-01");
        }
    }

    /** Every id checked, each error naming its index ({@code audienceIds[1]}). */
    static List<AudienceId> audiences(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        Validation v = new Validation();
        List<AudienceId> audiences = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            audiences.add(v.field("audienceIds[" + i + "]", () -> AudienceId.of(id == null ? null : id.strip())));
        }
        v.throwIfInvalid();
        return audiences;
    }

    static AdAccountId adAccount(String value) {
        return value == null || value.isBlank() ? null : AdAccountId.of(value.strip());
    }

    static CampaignGoal goal(CampaignFields.Goal goal) {
        if (goal == null) {
            return null;
        }
        Validation v = new Validation();
        GoalMetric metric = v.field("goal.metric", () -> GoalMetric.parse(goal.metric(), "goal.metric"));
        v.require(goal.target() != null && goal.target() >= 1 && goal.target() <= CampaignGoal.MAX_TARGET,
                "goal.target", "must be between 1 and " + CampaignGoal.MAX_TARGET);
        v.throwIfInvalid();
        return new CampaignGoal(metric, goal.target());
    }
}
