package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A submitted release to deliver to at least one partner. Build it with {@link #of}, which checks every id. */
public record DeliverReleaseCommand(ReleaseId releaseId, List<PartnerId> partnerIds) {
    public DeliverReleaseCommand {
        Objects.requireNonNull(releaseId, "releaseId");
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw DomainException.invalid("partnerIds", "name at least one partner");
        }
        partnerIds = List.copyOf(partnerIds);
    }

    /** The release (an id of the path, already parsed) and the partner ids as given. */
    public static DeliverReleaseCommand of(ReleaseId releaseId, List<String> partnerIds) {
        Validation v = new Validation();
        List<String> raw = partnerIds == null ? List.of() : partnerIds;
        List<PartnerId> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String partner = raw.get(i);
            PartnerId id = v.field("partnerIds[" + i + "]", () -> PartnerId.of(partner));
            if (id != null) {
                parsed.add(id);
            }
        }
        v.require(!raw.isEmpty(), "partnerIds", "name at least one partner");
        v.throwIfInvalid();
        return new DeliverReleaseCommand(releaseId, parsed);
    }
}
