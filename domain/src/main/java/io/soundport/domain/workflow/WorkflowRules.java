package io.soundport.domain.workflow;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of workflow rules, always within one organization. */
public interface WorkflowRules {
    void add(WorkflowRule rule);

    Optional<WorkflowRule> find(OrganizationId organizationId, WorkflowRuleId id);

    /** Stores a changed rule loaded at {@code rule.version()}; returns it with its new version. */
    WorkflowRule update(WorkflowRule rule);

    boolean remove(OrganizationId organizationId, WorkflowRuleId id);

    /** Newest first. */
    Page<WorkflowRule> list(OrganizationId organizationId, PageRequest page);

    /** The enabled rules of an organization triggered by this event type, oldest first. */
    List<WorkflowRule> triggeredBy(OrganizationId organizationId, String eventType);
}
