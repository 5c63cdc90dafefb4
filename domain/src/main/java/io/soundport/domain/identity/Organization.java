package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant: a label, a distributor or an artist team. Everything else belongs to one. A platform operator sets its
 * tier and may suspend it ({@code suspension} is null while it is active). A transition that changes nothing returns
 * the same instance. The events these changes raise are {@code io.soundport.domain.platform.OrganizationEvent}s
 * (identity sits below the event types, which name organizations).
 *
 * <p>Its DDEX Party ID ({@code dpid}, null until the OWNER sets it) and party name ({@code partyName}, null for its
 * name) make it the sender of the ERN messages it delivers.
 */
public record Organization(OrganizationId id, String name, Tier tier, Suspension suspension, Instant createdAt,
                           Instant updatedAt, long version, DdexPartyId dpid, String partyName) {
    public Organization {
        Objects.requireNonNull(id, "id");
        name = Validation.requireText(name, "organizationName", 200);
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        partyName = Validation.optionalText(partyName, "partyName", 300);
    }

    /** An organization without DDEX party. */
    public Organization(OrganizationId id, String name, Tier tier, Suspension suspension, Instant createdAt,
                        Instant updatedAt, long version) {
        this(id, name, tier, suspension, createdAt, updatedAt, version, null, null);
    }

    /** The name ERN messages give it: its party name, or its name. */
    public String ddexPartyName() {
        return partyName != null ? partyName : name;
    }

    /** With this DDEX Party ID and party name (either may be null: none, its name); the same when both stay. */
    public Organization withDdexParty(DdexPartyId newDpid, String newPartyName, Instant now) {
        if (Objects.equals(newDpid, dpid) && Objects.equals(newPartyName, partyName)) {
            return this;
        }
        return new Organization(id, name, tier, suspension, createdAt, now, version, newDpid, newPartyName);
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
        return new Organization(id, name, tier, suspension, createdAt, updatedAt, newVersion, dpid, partyName);
    }

    /** Refuses every act of a suspended organization, with the operator's reason (ORGANIZATION_SUSPENDED). */
    public void requireActive() {
        if (suspension != null) {
            throw new DomainException(ErrorCode.ORGANIZATION_SUSPENDED,
                    "Organization " + id + " is suspended: " + suspension.reason());
        }
    }

    /** On another tier; the same organization when the tier stays. */
    public Organization withTier(Tier newTier, Instant now) {
        return newTier == tier ? this
                : new Organization(id, name, newTier, suspension, createdAt, now, version, dpid, partyName);
    }

    /**
     * Suspended by operator {@code by}; suspending a suspended organization only replaces the reason (it stays
     * suspended since the first time), and with the same reason changes nothing.
     */
    public Organization suspend(String reason, UserId by, Instant now) {
        if (suspension == null) {
            return new Organization(id, name, tier, new Suspension(now, by, reason), createdAt, now, version, dpid,
                    partyName);
        }
        Suspension next = new Suspension(suspension.at(), by, reason);
        return next.reason().equals(suspension.reason()) ? this
                : new Organization(id, name, tier, next, createdAt, now, version, dpid, partyName);
    }

    /** Active again; the same organization when it is active already. */
    public Organization reinstate(Instant now) {
        return suspension == null ? this
                : new Organization(id, name, tier, null, createdAt, now, version, dpid, partyName);
    }
}
