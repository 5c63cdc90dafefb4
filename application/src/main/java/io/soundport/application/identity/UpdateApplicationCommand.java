package io.soundport.application.identity;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Email;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A change to a partner application: a null field keeps its value. {@code expectedVersion} is the version the
 * caller read ({@code If-Match}), null when the caller names none.
 */
public record UpdateApplicationCommand(ApplicationId applicationId, String name, Email email, String domain,
                                       Long expectedVersion) {
    public UpdateApplicationCommand {
        Objects.requireNonNull(applicationId, "applicationId");
        name = name == null ? null : Validation.requireText(name, "name", 200);
        domain = domain == null ? null : Application.checkDomain(domain);
    }

    public static UpdateApplicationCommand of(ApplicationId applicationId, String name, String email, String domain,
                                              Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
        Email e = email == null || email.isBlank() ? null : v.field("email", () -> Email.of(email));
        String d = domain == null ? null : v.field("domain", () -> Application.checkDomain(domain));
        v.throwIfInvalid();
        return new UpdateApplicationCommand(applicationId, n, e, d, expectedVersion);
    }
}
