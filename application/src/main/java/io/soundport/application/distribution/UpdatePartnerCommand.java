package io.soundport.application.distribution;

import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * A change to a partner: every field but the id may be null, which keeps it (the protocol never changes, so an
 * endpoint is checked against it by {@link PartnerService}). {@code expectedVersion} is null when the caller does
 * not name the version it read. Build it with {@link #of}, which checks every field.
 */
public record UpdatePartnerCommand(PartnerId id, String name, String endpoint, List<Territory> territories,
                                   Boolean active, String credentials, Long expectedVersion) {
    public UpdatePartnerCommand {
        Objects.requireNonNull(id, "id");
        name = name == null ? null : Validation.requireText(name, "name", 200);
        endpoint = endpoint == null ? null : Validation.requireText(endpoint, "endpoint", 2048);
        territories = territories == null ? null : List.copyOf(territories);
        credentials = credentials == null ? null : Validation.requireText(credentials, "credentials", 4096);
    }

    public static UpdatePartnerCommand of(PartnerId id, String name, String endpoint, List<String> territories,
                                          Boolean active, String credentials, Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
        String e = endpoint == null ? null
                : v.field("endpoint", () -> Validation.requireText(endpoint, "endpoint", 2048));
        List<Territory> t = territories == null ? null : v.field("territories", () -> Territory.allOf(territories));
        String c = credentials == null ? null
                : v.field("credentials", () -> Validation.requireText(credentials, "credentials", 4096));
        v.throwIfInvalid();
        return new UpdatePartnerCommand(id, n, e, t, active, c, expectedVersion);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "UpdatePartnerCommand[" + id + ", " + name + "]";
    }
}
