package io.soundport.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's place in an organization, with their role there. A membership made by invitation
 * ({@code byInvitation}) lets its user in only once they have proved they own the invited address: otherwise
 * whoever registers that address first would join with the invited role.
 */
public record Membership(OrganizationId organizationId, UserId userId, Role role, boolean byInvitation,
                         Instant createdAt, Instant updatedAt, long version) {
    public Membership {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A membership the user took themselves (the organization they created), not by invitation. */
    public Membership(OrganizationId organizationId, UserId userId, Role role, Instant createdAt, Instant updatedAt,
                      long version) {
        this(organizationId, userId, role, false, createdAt, updatedAt, version);
    }

    /** An invitation of this user into the organization with this role. */
    public static Membership invitation(OrganizationId organizationId, UserId userId, Role role, Instant now) {
        return new Membership(organizationId, userId, role, true, now, now, 1);
    }

    /** Whether this membership lets its user in now: always, unless it is an invitation to an unproved address. */
    public boolean admits(User user) {
        if (!user.id().equals(userId)) {
            throw new IllegalArgumentException("Membership of " + userId + " checked for " + user.id());
        }
        return user.canLogIn() && (!byInvitation || user.emailVerified());
    }

    public Membership withRole(Role newRole, Instant now) {
        return new Membership(organizationId, userId, newRole, byInvitation, createdAt, now, version);
    }

    /**
     * This membership marked as an invitation: every membership a user had before they registered was given to them
     * by someone else, whatever an older store recorded.
     */
    public Membership asInvitation(Instant now) {
        return byInvitation ? this : new Membership(organizationId, userId, role, true, createdAt, now, version);
    }

    /** The same membership as the store returns it after a write: its next version. */
    public Membership nextVersion() {
        return new Membership(organizationId, userId, role, byInvitation, createdAt, updatedAt, version + 1);
    }
}
