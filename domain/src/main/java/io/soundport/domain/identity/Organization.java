package io.soundport.domain.identity;

import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/** A tenant: a label, a distributor or an artist team. Everything else belongs to one. */
public record Organization(OrganizationId id, String name, Tier tier, Instant createdAt, Instant updatedAt,
                           long version) {
    public Organization {
        Objects.requireNonNull(id, "id");
        name = Validation.requireText(name, "organizationName", 200);
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Organization create(OrganizationId id, String name, Instant now) {
        return new Organization(id, name, Tier.FREE, now, now, 1);
    }

    public Organization withTier(Tier newTier, Instant now) {
        return new Organization(id, name, newTier, createdAt, now, version);
    }
}
