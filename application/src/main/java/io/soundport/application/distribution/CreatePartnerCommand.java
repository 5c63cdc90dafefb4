package io.soundport.application.distribution;

import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * A new delivery partner. Build it with {@link #of}, which checks every field; the protocol is HTTP or FILE (S3
 * comes with the AWS integration), a FILE endpoint is a folder name, no territories means WORLD, and credentials
 * are optional. Whether an HTTP endpoint may be called is checked by {@link PartnerService}, which has the guard.
 */
public record CreatePartnerCommand(String name, Protocol protocol, String endpoint, List<Territory> territories,
                                   boolean active, String credentials) {
    public CreatePartnerCommand {
        name = Validation.requireText(name, "name", 200);
        supported(Objects.requireNonNull(protocol, "protocol"));
        endpoint = PartnerEndpoints.check(protocol, endpoint);
        territories = territories == null ? List.of() : List.copyOf(territories);
        credentials = Validation.optionalText(credentials, "credentials", 4096);
    }

    /** The request's values as given: {@code active} defaults to true. */
    public static CreatePartnerCommand of(String name, String protocol, String endpoint, List<String> territories,
                                          Boolean active, String credentials) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Protocol p = v.field("protocol", () -> supported(Protocol.parse(protocol)));
        String e = p == null ? null : v.field("endpoint", () -> PartnerEndpoints.check(p, endpoint));
        List<Territory> t = territories == null ? List.of()
                : v.field("territories", () -> Territory.allOf(territories));
        String c = v.field("credentials", () -> Validation.optionalText(credentials, "credentials", 4096));
        v.throwIfInvalid();
        return new CreatePartnerCommand(n, p, e, t, active == null || active, c);
    }

    private static Protocol supported(Protocol protocol) {
        if (protocol == Protocol.S3) {
            throw DomainException.invalid("protocol", "S3 partners arrive with the AWS integration; use HTTP or FILE");
        }
        return protocol;
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "CreatePartnerCommand[" + name + ", " + protocol + "]";
    }
}
