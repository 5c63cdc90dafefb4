package io.soundport.domain.shared.event;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.Objects;

/**
 * What every event carries besides its payload.
 *
 * @param workflowDepth how many workflow rules led to the event (0 for a caller's own change), so that rules cannot
 *                      trigger each other forever
 */
public record EventMeta(EventId id, OrganizationId organizationId, Instant occurredAt, int workflowDepth) {
    public EventMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (workflowDepth < 0) {
            throw new IllegalArgumentException("workflowDepth must not be negative");
        }
    }
}
