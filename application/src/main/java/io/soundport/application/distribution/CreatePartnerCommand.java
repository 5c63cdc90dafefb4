package io.soundport.application.distribution;

import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * A new delivery partner. Build it with {@link #of}, which checks every field; a FILE endpoint is a folder name, an
 * S3 endpoint {@code s3://<bucket>/<prefix>} with its region and keys or role in the credentials JSON (required for
 * S3, optional else), no territories means WORLD. Whether an HTTP endpoint may be called is checked by
 * {@link PartnerService}, which has the guard.
 */
public record CreatePartnerCommand(String name, Protocol protocol, String endpoint, List<Territory> territories,
                                   boolean active, String credentials) {
    public CreatePartnerCommand {
        name = Validation.requireText(name, "name", 200);
        Objects.requireNonNull(protocol, "protocol");
        endpoint = PartnerEndpoints.check(protocol, endpoint);
        territories = territories == null ? List.of() : List.copyOf(territories);
        credentials = PartnerEndpoints.checkCredentials(protocol, credentials);
    }

    /** The request's values as given: {@code active} defaults to true. */
    public static CreatePartnerCommand of(String name, String protocol, String endpoint, List<String> territories,
                                          Boolean active, String credentials) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Protocol p = v.field("protocol", () -> Protocol.parse(protocol));
        String e = p == null ? null : v.field("endpoint", () -> PartnerEndpoints.check(p, endpoint));
        List<Territory> t = territories == null ? List.of()
                : v.field("territories", () -> Territory.allOf(territories));
        String c = p == null ? null : v.field("credentials", () -> PartnerEndpoints.checkCredentials(p, credentials));
        v.throwIfInvalid();
        return new CreatePartnerCommand(n, p, e, t, active == null || active, c);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "CreatePartnerCommand[" + name + ", " + protocol + "]";
    }
}
