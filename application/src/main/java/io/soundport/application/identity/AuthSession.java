package io.soundport.application.identity;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;

import java.time.Instant;

/**
 * A signed-in user in one organization, with the refresh token of this session. The edge mints the short-lived
 * access token from it. {@code refreshToken} is shown to the user once and never stored in clear.
 */
public record AuthSession(User user, Organization organization, Role role, String refreshToken,
                          Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "AuthSession[" + user.id() + " in " + organization.id() + " as " + role + "]";
    }
}
