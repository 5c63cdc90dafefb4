package io.soundport.domain.platform;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Events about an organization's tier and standing, which platform operators change. Each carries the organization
 * as stored after the change.
 */
public sealed interface OrganizationEvent extends DomainEvent {
    Organization organization();

    @Override
    default String aggregateId() {
        return organization().id().value();
    }

    /**
     * What subscribers hear of a change from {@code before} to {@code after} (as stored): a new tier, a suspension,
     * a reinstatement, in that order; nothing for a new reason of a standing suspension. Each event takes a fresh
     * {@code meta}.
     */
    static List<OrganizationEvent> raisedBy(Organization before, Organization after, Supplier<EventMeta> meta) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("not the same organization");
        }
        List<OrganizationEvent> events = new ArrayList<>();
        if (before.tier() != after.tier()) {
            events.add(new OrganizationTierChanged(meta.get(), after, before.tier()));
        }
        if (!before.isSuspended() && after.isSuspended()) {
            events.add(new OrganizationSuspended(meta.get(), after));
        } else if (before.isSuspended() && !after.isSuspended()) {
            events.add(new OrganizationReinstated(meta.get(), after));
        }
        return List.copyOf(events);
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
