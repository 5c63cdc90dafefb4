package io.soundport.application.distribution;

import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * A new delivery partner. Build it with {@link #of}, which checks every field; a FILE endpoint is a folder name, an
 * S3 endpoint {@code s3://<bucket>/<prefix>} with its region and keys or role in the credentials JSON (required for
 * S3, optional else), no territories means WORLD. Whether an HTTP endpoint may be called is checked by
 * {@link PartnerService}, which has the guard. For DDEX: its Party ID ({@code dpid}, optional until a delivery), whether
 * it takes test messages only ({@code test}, default false) and how it takes the takedown of a release it never had
 * on sale ({@code takedown}, default {@code MESSAGE}).
 */
public record CreatePartnerCommand(String name, Protocol protocol, String endpoint, List<Territory> territories,
                                   boolean active, String credentials, DdexPartyId dpid, boolean test,
                                   TakedownMessage takedown) {
    public CreatePartnerCommand {
        name = Validation.requireText(name, "name", 200);
        Objects.requireNonNull(protocol, "protocol");
        endpoint = PartnerEndpoints.check(protocol, endpoint);
        territories = territories == null ? List.of() : List.copyOf(territories);
        credentials = PartnerEndpoints.checkCredentials(protocol, credentials);
        takedown = takedown == null ? TakedownMessage.MESSAGE : takedown;
    }

    /** A partner without DDEX settings. */
    public CreatePartnerCommand(String name, Protocol protocol, String endpoint, List<Territory> territories,
                                boolean active, String credentials) {
        this(name, protocol, endpoint, territories, active, credentials, null, false, TakedownMessage.MESSAGE);
    }

    /** The same partner with other credentials (checked as on creation). */
    public CreatePartnerCommand withCredentials(String newCredentials) {
        return new CreatePartnerCommand(name, protocol, endpoint, territories, active, newCredentials, dpid, test,
                takedown);
    }

    /**
     * The raw DDEX settings of a request: a DDEX Party ID, the test flag, the takedown message ({@code message} or
     * {@code purge}, in any case); each may be null.
     */
    public record DdexInput(String dpid, Boolean test, String takedown) {
        public static final DdexInput NONE = new DdexInput(null, null, null);
    }

    /** The request's values as given, without DDEX settings: {@code active} defaults to true. */
    public static CreatePartnerCommand of(String name, String protocol, String endpoint, List<String> territories,
                                          Boolean active, String credentials) {
        return of(name, protocol, endpoint, territories, active, credentials, DdexInput.NONE);
    }

    /** The request's values as given: {@code active} defaults to true, {@code test} to false. */
    public static CreatePartnerCommand of(String name, String protocol, String endpoint, List<String> territories,
                                          Boolean active, String credentials, DdexInput ddex) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        Protocol p = v.field("protocol", () -> Protocol.parse(protocol));
        String e = p == null ? null : v.field("endpoint", () -> PartnerEndpoints.check(p, endpoint));
        List<Territory> t = territories == null ? List.of()
                : v.field("territories", () -> Territory.allOf(territories));
        // nested: a refusal keeps its own field, credentials or one of its fields (credentials.host_key)
        String c = p == null ? null : v.nested("", () -> PartnerEndpoints.checkCredentials(p, credentials));
        DdexPartyId d = ddex.dpid() == null ? null : v.field("dpid", () -> DdexPartyId.of(ddex.dpid()));
        TakedownMessage m = ddex.takedown() == null ? null
                : v.field("takedown", () -> PartnerTakedowns.parse(ddex.takedown()));
        v.throwIfInvalid();
        return new CreatePartnerCommand(n, p, e, t, active == null || active, c, d,
                ddex.test() != null && ddex.test(), m);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "CreatePartnerCommand[" + name + ", " + protocol + "]";
    }
}
