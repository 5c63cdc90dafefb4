package io.soundport.application.identity;

import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * Gives a member of the caller's organization another role. {@code expectedVersion} is the version of the
 * membership the caller read ({@code If-Match}), null when the caller names none.
 */
public record ChangeMemberRoleCommand(UserId userId, Role role, Long expectedVersion) {
    public ChangeMemberRoleCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static ChangeMemberRoleCommand of(UserId userId, String role, Long expectedVersion) {
        Validation v = new Validation();
        Role parsed = v.field("role", () -> Role.parse(role));
        v.throwIfInvalid();
        return new ChangeMemberRoleCommand(userId, parsed, expectedVersion);
    }
}
