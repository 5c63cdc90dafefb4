package io.soundport.application.identity;

import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A new API key of an application: a name, at least one scope, and an optional expiry, which must lie in the
 * future. {@link #of} checks it against the {@code now} it is given; the service checks it again by its own clock.
 */
public record CreateApiKeyCommand(ApplicationId applicationId, String name, Set<Scope> scopes, Instant expiresAt) {
    public CreateApiKeyCommand {
        Objects.requireNonNull(applicationId, "applicationId");
        name = Validation.requireText(name, "name", 200);
        if (scopes == null || scopes.isEmpty()) {
            throw DomainException.invalid("scopes", "must name at least one of read, write, admin");
        }
        scopes = Set.copyOf(scopes);
    }

    public static CreateApiKeyCommand of(ApplicationId applicationId, String name, List<String> scopes,
                                         Instant expiresAt, Instant now) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Set<Scope> parsed = v.field("scopes", () -> {
            if (scopes == null || scopes.isEmpty()) {
                throw DomainException.invalid("scopes", "must name at least one of read, write, admin");
            }
            Set<Scope> set = EnumSet.noneOf(Scope.class);
            scopes.forEach(s -> set.add(Scope.parse(s)));
            return set;
        });
        v.require(expiresAt == null || expiresAt.isAfter(now), "expiresAt", "must be in the future");
        v.throwIfInvalid();
        return new CreateApiKeyCommand(applicationId, n, parsed, expiresAt);
    }
}
