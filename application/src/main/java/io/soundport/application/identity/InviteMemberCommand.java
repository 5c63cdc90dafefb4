package io.soundport.application.identity;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * Invites a person into the caller's organization by e-mail; someone without an account gets one to take up. The
 * invitee gets in once the address is verified, so that registering someone else's address is not enough.
 */
public record InviteMemberCommand(Email email, Role role, String name) {
    public InviteMemberCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        name = Validation.optionalText(name, "name", 200);
    }

    public static InviteMemberCommand of(String email, String role, String name) {
        Validation v = new Validation();
        Email parsed = v.field("email", () -> Email.of(email));
        Role parsedRole = v.field("role", () -> Role.parse(role));
        String parsedName = v.field("name", () -> Validation.optionalText(name, "name", 200));
        v.throwIfInvalid();
        return new InviteMemberCommand(parsed, parsedRole, parsedName);
    }
}
