package io.soundport.application.identity;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.Email;
import io.soundport.domain.shared.Validation;

/** The fields of a partner application, for creation or a change (null means "keep" on a change). */
public record ApplicationCommand(String name, Email email, String domain) {
    public static ApplicationCommand forCreate(String name, String email, String domain) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Email e = email == null || email.isBlank() ? null : v.field("email", () -> Email.of(email));
        String d = v.field("domain", () -> Application.checkDomain(domain));
        v.throwIfInvalid();
        return new ApplicationCommand(n, e, d);
    }

    public static ApplicationCommand forUpdate(String name, String email, String domain) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
        Email e = email == null || email.isBlank() ? null : v.field("email", () -> Email.of(email));
        String d = domain == null ? null : v.field("domain", () -> Application.checkDomain(domain));
        v.throwIfInvalid();
        return new ApplicationCommand(n, e, d);
    }
}
