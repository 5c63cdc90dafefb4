package io.soundport.domain.workflow;

import io.soundport.domain.catalog.ReleaseId;

/** Filters of the workflow execution list; null means any. */
public record WorkflowExecutionFilter(WorkflowRuleId ruleId, WorkflowExecution.Status status, ReleaseId releaseId) {
    public static final WorkflowExecutionFilter ALL = new WorkflowExecutionFilter(null, null, null);

    public boolean matches(WorkflowExecution execution) {
        return (ruleId == null || ruleId.equals(execution.ruleId()))
                && (status == null || status == execution.status())
                && (releaseId == null || releaseId.equals(execution.releaseId()));
    }
}
