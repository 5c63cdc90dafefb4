package io.soundport.domain.marketing;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

import java.util.Objects;

/** Events about a campaign, each carrying the campaign as it is after the change (or as it was, when deleted). */
public sealed interface CampaignEvent extends DomainEvent {
    Campaign campaign();

    @Override
    default String aggregateId() {
        return campaign().id().value();
    }

    @EventType(value = "campaign.created", description = "A campaign was created, as a draft")
    record CampaignCreated(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "campaign.updated", description = "A campaign's plan changed, or it was archived")
    record CampaignUpdated(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "campaign.launched", description = "A campaign went live (launched, or resumed after a pause);"
            + " on Meta too when it names an ad account")
    record CampaignLaunched(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "campaign.paused", description = "A campaign was paused (on Meta too when it runs there)")
    record CampaignPaused(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "campaign.completed", description = "A campaign is over: its end date passed or its budget is "
            + "spent")
    record CampaignCompleted(EventMeta meta, Campaign campaign, Campaign.Completion reason) implements CampaignEvent {
        public CampaignCompleted {
            Objects.requireNonNull(reason, "reason");
        }
    }

    @EventType(value = "campaign.deleted", description = "A draft or archived campaign was deleted")
    record CampaignDeleted(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "budget.warning", description = "A campaign has spent 80 % of its budget")
    record BudgetWarning(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "goal.reached", description = "A campaign reached its goal")
    record GoalReached(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }

    @EventType(value = "metrics.updated", description = "A campaign's metrics were read again from the ad platform")
    record MetricsUpdated(EventMeta meta, Campaign campaign) implements CampaignEvent {
    }
}
