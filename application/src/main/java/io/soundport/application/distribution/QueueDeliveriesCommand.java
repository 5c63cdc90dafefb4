package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Deliveries of a release to these partners (in this order), queued inside a unit of work already under way: a
 * delivery asked for by a caller, or by a workflow rule, whose {@code workflowDepth} marks the events it causes.
 */
public record QueueDeliveriesCommand(OrganizationId organizationId, ReleaseId releaseId, Set<PartnerId> partnerIds,
                                     int workflowDepth) {
    public QueueDeliveriesCommand {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(releaseId, "releaseId");
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw DomainException.invalid("partnerIds", "name at least one partner");
        }
        partnerIds = Collections.unmodifiableSet(new LinkedHashSet<>(partnerIds));
        if (workflowDepth < 0) {
            throw new IllegalArgumentException("workflowDepth must not be negative: " + workflowDepth);
        }
    }
}
