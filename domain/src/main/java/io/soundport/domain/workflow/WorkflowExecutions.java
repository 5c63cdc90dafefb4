package io.soundport.domain.workflow;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of workflow executions, always within one organization. */
public interface WorkflowExecutions {
    void add(WorkflowExecution execution);

    Optional<WorkflowExecution> find(OrganizationId organizationId, WorkflowExecutionId id);

    /** Newest first, those that match {@code filter}. */
    Page<WorkflowExecution> list(OrganizationId organizationId, WorkflowExecutionFilter filter, PageRequest page);
}
