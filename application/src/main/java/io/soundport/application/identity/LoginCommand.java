package io.soundport.application.identity;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Validation;

/** Sign-in with e-mail and password, into one of the user's organizations (the oldest when not named). */
public record LoginCommand(String email, String password, OrganizationId organizationId) {
    public LoginCommand {
        Validation v = new Validation();
        v.require(email != null && !email.isBlank(), "email", "must not be blank");
        v.require(password != null && !password.isEmpty(), "password", "must not be blank");
        v.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "LoginCommand[" + email + "]";
    }
}
