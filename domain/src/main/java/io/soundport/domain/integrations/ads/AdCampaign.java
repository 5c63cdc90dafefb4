package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A campaign of an ad account: its name, objective ({@code objectiveName} keeps what Meta said, for an objective
 * this enum does not know), status, and its daily or lifetime budget in the account's currency (null when the
 * budget is set on its ad sets instead). {@code createdTime} is null when not known (just created).
 */
public record AdCampaign(CampaignId id, AdAccountId accountId, String name, CampaignObjective objective,
                         String objectiveName, CampaignStatus status, Money dailyBudget, Money lifetimeBudget,
                         Instant createdTime) {
    public AdCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        objectiveName = objectiveName == null ? objective.name() : objectiveName;
    }
}
