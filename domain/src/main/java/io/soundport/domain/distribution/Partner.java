package io.soundport.domain.distribution;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A digital service provider an organization delivers to: how (protocol and endpoint: a URL for HTTP, a bucket for
 * S3, a folder name for FILE), where it sells (territories), whether it takes deliveries now, and its credentials,
 * kept only encrypted and never shown again.
 */
public record Partner(PartnerId id, OrganizationId organizationId, String name, Protocol protocol, String endpoint,
                      List<Territory> territories, boolean active, String credentialsCiphertext, Instant createdAt,
                      Instant updatedAt, long version) {
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
                version);
    }

    @Override
    public String toString() {
        return "Partner[" + id + ", " + name + ", " + protocol + "]";
    }
}
