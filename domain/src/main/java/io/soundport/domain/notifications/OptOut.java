package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.Objects;

/** A recipient who asked the organization not to be sent anything more on that channel. */
public record OptOut(OrganizationId organizationId, Recipient recipient, Instant createdAt) {
    public OptOut {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
