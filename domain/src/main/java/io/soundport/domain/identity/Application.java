package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A partner application of an organization; its API keys act for the organization. */
public record Application(ApplicationId id, OrganizationId organizationId, String name, Email email, String domain,
                          Instant createdAt, Instant updatedAt, long version) {
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        name = Validation.requireText(name, "name", 200);
        domain = checkDomain(domain);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static String checkDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String d = domain.strip().toLowerCase(java.util.Locale.ROOT);
        if (!DOMAIN.matcher(d).matches()) {
            throw DomainException.invalid("domain", "is not a valid domain name such as app.example.com");
        }
        return d;
    }

    public Application update(String newName, Email newEmail, String newDomain, Instant now) {
        return new Application(id, organizationId, newName, newEmail, newDomain, createdAt, now, version);
    }
}
