package io.soundport.domain.distribution;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A digital service provider an organization delivers to: how (protocol and endpoint: a URL for HTTP, a bucket for
 * S3, a folder name for FILE), where it sells (territories), whether it takes deliveries now, and its credentials,
 * kept only encrypted and never shown again. For DDEX: its DDEX Party ID ({@code dpid}, null until set; the
 * recipient of its ERN messages), whether it takes {@code test} messages only, and how it wants the takedown of a
 * release it never had on sale ({@code takedown}).
 */
public record Partner(PartnerId id, OrganizationId organizationId, String name, Protocol protocol, String endpoint,
                      List<Territory> territories, boolean active, String credentialsCiphertext, Instant createdAt,
                      Instant updatedAt, long version, DdexPartyId dpid, boolean test, TakedownMessage takedown) {
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        name = Validation.requireText(name, "name", 200);
        Objects.requireNonNull(protocol, "protocol");
        endpoint = Validation.requireText(endpoint, "endpoint", 2048);
        territories = territories == null || territories.isEmpty() ? List.of(Territory.WORLD)
                : List.copyOf(territories.stream().distinct().toList());
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        takedown = takedown == null ? TakedownMessage.MESSAGE : takedown;
    }

    /** A partner without DDEX party, live, taking takedowns as messages. */
    public Partner(PartnerId id, OrganizationId organizationId, String name, Protocol protocol, String endpoint,
                   List<Territory> territories, boolean active, String credentialsCiphertext, Instant createdAt,
                   Instant updatedAt, long version) {
        this(id, organizationId, name, protocol, endpoint, territories, active, credentialsCiphertext, createdAt,
                updatedAt, version, null, false, TakedownMessage.MESSAGE);
    }

    /** The same partner with its DDEX settings: each null keeps the current one; {@code clearDpid} removes it. */
    public Partner withDdex(DdexPartyId newDpid, boolean clearDpid, Boolean newTest, TakedownMessage newTakedown,
                            Instant now) {
        DdexPartyId dpidAfter = clearDpid ? null : newDpid != null ? newDpid : dpid;
        boolean testAfter = newTest != null ? newTest : test;
        TakedownMessage takedownAfter = newTakedown != null ? newTakedown : takedown;
        if (Objects.equals(dpidAfter, dpid) && testAfter == test && takedownAfter == takedown) {
            return this;
        }
        return new Partner(id, organizationId, name, protocol, endpoint, territories, active, credentialsCiphertext,
                createdAt, now, version, dpidAfter, testAfter, takedownAfter);
    }

    /** True when the partner sells in at least one of these territories (WORLD overlaps everything). */
    public boolean sellsIn(List<Territory> releaseTerritories) {
        if (territories.contains(Territory.WORLD) || releaseTerritories.contains(Territory.WORLD)) {
            return true;
        }
        return releaseTerritories.stream().anyMatch(territories::contains);
    }

    public boolean hasCredentials() {
        return credentialsCiphertext != null;
    }

    public Partner edit(String newName, String newEndpoint, List<Territory> newTerritories, Boolean newActive,
                        String newCredentialsCiphertext, Instant now) {
        return new Partner(id, organizationId, newName != null ? newName : name, protocol,
                newEndpoint != null ? newEndpoint : endpoint, newTerritories != null ? newTerritories : territories,
                newActive != null ? newActive : active,
                newCredentialsCiphertext != null ? newCredentialsCiphertext : credentialsCiphertext, createdAt, now,
                version, dpid, test, takedown);
    }

    @Override
    public String toString() {
        return "Partner[" + id + ", " + name + ", " + protocol + "]";
    }
}
