package io.soundport.application.identity;

import io.soundport.application.shared.Change;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A change to the caller's organization as the sender of ERN messages: its DDEX Party ID and its party name (cleared,
 * it is the organization's name again), each kept, cleared or set. {@code expectedVersion} is the version the caller
 * read ({@code If-Match}), null when it names none.
 */
public record UpdateOrganizationCommand(Change<DdexPartyId> dpid, Change<String> partyName, Long expectedVersion) {
    public UpdateOrganizationCommand {
        Objects.requireNonNull(dpid, "dpid");
        Objects.requireNonNull(partyName, "partyName");
    }

    /** Null keeps a field, an empty string clears it; every invalid field is reported at once. */
    public static UpdateOrganizationCommand of(String dpid, String partyName, Long expectedVersion) {
        Validation v = new Validation();
        Change<DdexPartyId> d = v.field("dpid", () -> Change.parse(dpid, DdexPartyId::of));
        Change<String> n = v.field("partyName",
                () -> Change.parse(partyName, raw -> Validation.requireText(raw, "partyName", 300)));
        v.throwIfInvalid();
        return new UpdateOrganizationCommand(d, n, expectedVersion);
    }
}
