package io.soundport.domain.identity;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

import java.util.Objects;

/**
 * Events about an organization's plan and standing, raised by {@link Organization}'s transitions when a platform
 * operator changes them. Each carries the organization as stored after the change.
 */
public sealed interface OrganizationEvent extends DomainEvent {
    Organization organization();

    @Override
    default String aggregateId() {
        return organization().id().value();
    }

    @EventType(value = "organization.suspended",
            description = "A platform operator suspended the organization: its calls are refused until it is reinstated")
    record OrganizationSuspended(EventMeta meta, Organization organization) implements OrganizationEvent {
    }

    @EventType(value = "organization.reinstated",
            description = "A platform operator lifted the organization's suspension: its calls are served again")
    record OrganizationReinstated(EventMeta meta, Organization organization) implements OrganizationEvent {
    }

    @EventType(value = "organization.tier_changed",
            description = "The organization's tier (and so its hourly request limit) changed")
    record OrganizationTierChanged(EventMeta meta, Organization organization, Tier previousTier)
            implements OrganizationEvent {
        public OrganizationTierChanged {
            Objects.requireNonNull(previousTier, "previousTier");
        }
    }
}
