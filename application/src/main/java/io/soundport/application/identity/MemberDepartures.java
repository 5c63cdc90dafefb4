package io.soundport.application.identity;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;

/**
 * Told, inside the unit of work that removes a member, that the user left the organization: the contexts that keep
 * something of a member's own (their connections to outside platforms) forget it with them.
 */
@FunctionalInterface
public interface MemberDepartures {
    MemberDepartures NONE = (organizationId, userId) -> {
    };

    void departed(OrganizationId organizationId, UserId userId);
}
