package io.soundport.application.identity;

import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.User;

/** A member of an organization as callers see them: the person and their role. */
public record Member(User user, Membership membership) {
    /** Whether the member can sign in to the organization now (an invitation waits for a verified address). */
    public boolean active() {
        return membership.admits(user);
    }
}
