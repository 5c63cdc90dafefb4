package io.soundport.application.integrations;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;

import java.util.Objects;

/** One member's connection to a provider, named by whose it is: the organization, the member, the provider. */
public record MemberConnection(OrganizationId organizationId, UserId userId, Provider provider) {
    public MemberConnection {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
    }
}
