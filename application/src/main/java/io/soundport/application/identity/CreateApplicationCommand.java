package io.soundport.application.identity;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.Email;
import io.soundport.domain.shared.Validation;

/** A new partner application: a name, and optionally a contact e-mail and a domain. Build it with {@link #of}. */
public record CreateApplicationCommand(String name, Email email, String domain) {
    public CreateApplicationCommand {
        name = Validation.requireText(name, "name", 200);
        domain = Application.checkDomain(domain);
    }

    public static CreateApplicationCommand of(String name, String email, String domain) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Email e = email == null || email.isBlank() ? null : v.field("email", () -> Email.of(email));
        String d = v.field("domain", () -> Application.checkDomain(domain));
        v.throwIfInvalid();
        return new CreateApplicationCommand(n, e, d);
    }
}
