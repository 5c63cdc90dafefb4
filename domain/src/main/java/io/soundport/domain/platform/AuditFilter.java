package io.soundport.domain.platform;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;

/**
 * Which audit entries to list; a null part matches anything. {@code organizationId} null lists every organization
 * (platform operators only); {@code since} is inclusive, {@code until} exclusive.
 */
public record AuditFilter(OrganizationId organizationId, String actorId, String resourceType, String resourceId,
                          String action, Instant since, Instant until) {

    public boolean matches(AuditEntry entry) {
        return (organizationId == null || organizationId.equals(entry.organizationId()))
                && (actorId == null || actorId.equals(entry.actor().id()))
                && (resourceType == null || resourceType.equals(entry.resourceType()))
                && (resourceId == null || resourceId.equals(entry.resourceId()))
                && (action == null || action.equals(entry.action()))
                && (since == null || !entry.occurredAt().isBefore(since))
                && (until == null || entry.occurredAt().isBefore(until));
    }

    /** The same filter within one organization. */
    public AuditFilter in(OrganizationId organization) {
        return new AuditFilter(organization, actorId, resourceType, resourceId, action, since, until);
    }
}
