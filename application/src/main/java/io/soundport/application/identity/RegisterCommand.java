package io.soundport.application.identity;

import io.soundport.domain.identity.Email;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** Sign-up: a new user and a new organization owned by them. Build it with {@link #of}, which checks every field. */
public record RegisterCommand(Email email, String password, String name, String organizationName) {
    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public RegisterCommand {
        Objects.requireNonNull(email, "email");
        checkPassword(password);
        name = Validation.requireText(name, "name", 200);
        organizationName = Validation.requireText(organizationName, "organizationName", 200);
    }

    public static RegisterCommand of(String email, String password, String name, String organizationName) {
        Validation v = new Validation();
        Email parsedEmail = v.field("email", () -> Email.of(email));
        v.field("password", () -> checkPassword(password));
        String parsedName = v.field("name", () -> Validation.requireText(name, "name", 200));
        String parsedOrg = v.field("organizationName",
                () -> Validation.requireText(organizationName, "organizationName", 200));
        v.throwIfInvalid();
        return new RegisterCommand(parsedEmail, password, parsedName, parsedOrg);
    }

    static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        return password;
    }

    @Override
    public String toString() {
        return "RegisterCommand[" + email + "]";
    }
}
