package io.soundport.application.distribution;

import io.soundport.domain.distribution.PartnerId;
import io.soundport.application.shared.Change;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * A change to a partner: every field but the id may be null, which keeps it (the protocol never changes, so an
 * endpoint is checked against it by {@link PartnerService}). {@code expectedVersion} is null when the caller does
 * not name the version it read. Build it with {@link #of}, which checks every field. {@code dpid} is kept, cleared
 * or set; {@code test} and {@code takedown} null keep theirs.
 */
public record UpdatePartnerCommand(PartnerId id, String name, String endpoint, List<Territory> territories,
                                   Boolean active, String credentials, Long expectedVersion,
                                   Change<DdexPartyId> dpid, Boolean test, TakedownMessage takedown) {
    public UpdatePartnerCommand {
        Objects.requireNonNull(id, "id");
        name = name == null ? null : Validation.requireText(name, "name", 200);
        endpoint = endpoint == null ? null : Validation.requireText(endpoint, "endpoint", 2048);
        territories = territories == null ? null : List.copyOf(territories);
        credentials = credentials == null ? null
                : Validation.requireText(credentials, "credentials", PartnerEndpoints.MAX_SFTP_CREDENTIALS);
        dpid = dpid == null ? Change.keep() : dpid;
    }

    /** A change that keeps the DDEX settings. */
    public UpdatePartnerCommand(PartnerId id, String name, String endpoint, List<Territory> territories,
                                Boolean active, String credentials, Long expectedVersion) {
        this(id, name, endpoint, territories, active, credentials, expectedVersion, Change.keep(), null, null);
    }

    public static UpdatePartnerCommand of(PartnerId id, String name, String endpoint, List<String> territories,
                                          Boolean active, String credentials, Long expectedVersion) {
        return of(id, name, endpoint, territories, active, credentials, expectedVersion,
                CreatePartnerCommand.DdexInput.NONE);
    }

    /** As {@link #of(PartnerId, String, String, List, Boolean, String, Long)}; an empty {@code dpid} clears it. */
    public static UpdatePartnerCommand of(PartnerId id, String name, String endpoint, List<String> territories,
                                          Boolean active, String credentials, Long expectedVersion,
                                          CreatePartnerCommand.DdexInput ddex) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
        String e = endpoint == null ? null
                : v.field("endpoint", () -> Validation.requireText(endpoint, "endpoint", 2048));
        List<Territory> t = territories == null ? null : v.field("territories", () -> Territory.allOf(territories));
        String c = credentials == null ? null
                : v.field("credentials", () -> Validation.requireText(credentials, "credentials",
                        PartnerEndpoints.MAX_SFTP_CREDENTIALS));
        Change<DdexPartyId> d = v.field("dpid", () -> Change.parse(ddex.dpid(), DdexPartyId::of));
        TakedownMessage m = ddex.takedown() == null ? null
                : v.field("takedown", () -> PartnerTakedowns.parse(ddex.takedown()));
        v.throwIfInvalid();
        return new UpdatePartnerCommand(id, n, e, t, active, c, expectedVersion, d, ddex.test(), m);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "UpdatePartnerCommand[" + id + ", " + name + "]";
    }
}
