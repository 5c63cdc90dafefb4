package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** A user's place in an organization, with their role there. */
public record Membership(OrganizationId organizationId, UserId userId, Role role, Instant createdAt,
                         Instant updatedAt, long version) {
    public Membership {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Membership withRole(Role newRole, Instant now) {
        return new Membership(organizationId, userId, newRole, createdAt, now, version);
    }
}
