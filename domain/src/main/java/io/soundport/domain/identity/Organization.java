package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A tenant: a label, a distributor or an artist team. Everything else belongs to one. A platform operator sets its
 * tier and may suspend it ({@code suspension} is null while it is active).
 */
public record Organization(OrganizationId id, String name, Tier tier, Suspension suspension, Instant createdAt,
                           Instant updatedAt, long version) {
    public Organization {
        Objects.requireNonNull(id, "id");
        name = Validation.requireText(name, "organizationName", 200);
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Organization create(OrganizationId id, String name, Instant now) {
        return new Organization(id, name, Tier.FREE, null, now, now, 1);
    }

    public OrganizationStatus status() {
        return suspension == null ? OrganizationStatus.ACTIVE : OrganizationStatus.SUSPENDED;
    }

    public boolean isSuspended() {
        return suspension != null;
    }

    /** The same organization as stored at {@code newVersion}. */
    public Organization atVersion(long newVersion) {
        return new Organization(id, name, tier, suspension, createdAt, updatedAt, newVersion);
    }

    /** Refuses every act of a suspended organization, with the operator's reason (ORGANIZATION_SUSPENDED). */
    public void requireActive() {
        if (suspension != null) {
            throw new DomainException(ErrorCode.ORGANIZATION_SUSPENDED,
                    "Organization " + id + " is suspended: " + suspension.reason());
        }
    }

    public Organization withTier(Tier newTier, Instant now) {
        return new Organization(id, name, newTier, suspension, createdAt, now, version);
    }

    /**
     * Suspended by operator {@code by}; suspending a suspended organization only replaces the reason (it stays
     * suspended since the first time), and with the same reason changes nothing.
     */
    public Organization suspend(String reason, UserId by, Instant now) {
        if (suspension == null) {
            return new Organization(id, name, tier, new Suspension(now, by, reason), createdAt, now, version);
        }
        Suspension next = new Suspension(suspension.at(), by, reason);
        return next.reason().equals(suspension.reason()) ? this
                : new Organization(id, name, tier, next, createdAt, now, version);
    }

    public Organization reinstate(Instant now) {
        return suspension == null ? this : new Organization(id, name, tier, null, createdAt, now, version);
    }

    /** A change of plan; no event when the tier stays. */
    public OrganizationChange changeTier(Tier newTier, EventMeta meta) {
        return newTier == tier ? OrganizationChange.none(this) : new OrganizationChange(
                withTier(newTier, meta.occurredAt()), next -> new OrganizationEvent.OrganizationTierChanged(meta, next, tier));
    }

    /** Suspends an active organization; a suspended one only gets the new reason, and no event. */
    public OrganizationChange suspend(String reason, UserId by, EventMeta meta) {
        Organization next = suspend(reason, by, meta.occurredAt());
        return isSuspended() ? OrganizationChange.none(next)
                : new OrganizationChange(next, stored -> new OrganizationEvent.OrganizationSuspended(meta, stored));
    }

    /** Lifts a suspension; an active organization stays as it is, with no event. */
    public OrganizationChange reinstate(EventMeta meta) {
        return isSuspended() ? new OrganizationChange(reinstate(meta.occurredAt()),
                stored -> new OrganizationEvent.OrganizationReinstated(meta, stored)) : OrganizationChange.none(this);
    }

    /**
     * An organization after a transition, and the event it raises if subscribers should hear of it, made from the
     * organization as finally stored (several transitions may be stored at once).
     */
    public record OrganizationChange(Organization organization,
                                     Function<Organization, ? extends OrganizationEvent> event) {
        public OrganizationChange {
            Objects.requireNonNull(organization, "organization");
        }

        static OrganizationChange none(Organization unchanged) {
            return new OrganizationChange(unchanged, null);
        }

        /** The event about {@code stored}, if the transition raised one. */
        public Optional<OrganizationEvent> eventAbout(Organization stored) {
            return event == null ? Optional.empty() : Optional.of(event.apply(stored));
        }
    }
}
