package io.soundport.domain.workflow;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of a rule for one event, with the outcome of each of its actions.
 *
 * @param releaseId the release the triggering event concerns (its release, or the release of its delivery, track or
 *                  execution); null when the event concerns none
 */
public record WorkflowExecution(WorkflowExecutionId id, OrganizationId organizationId, WorkflowRuleId ruleId,
                                String eventId, String eventType, ReleaseId releaseId, Status status,
                                List<ActionOutcome> outcomes, int depth, Instant createdAt) {
    /** SUCCEEDED when every action did, FAILED when none did, PARTIAL otherwise; SKIPPED past the depth bound. */
    public enum Status {
        SUCCEEDED, PARTIAL, FAILED, SKIPPED
    }

    /** What one action did. */
    public record ActionOutcome(String type, boolean succeeded, String detail) {
    }

    public WorkflowExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(status, "status");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Status statusOf(List<ActionOutcome> outcomes) {
        long ok = outcomes.stream().filter(ActionOutcome::succeeded).count();
        return ok == outcomes.size() ? Status.SUCCEEDED : ok == 0 ? Status.FAILED : Status.PARTIAL;
    }

    /** Raises {@code workflow.executed} about this run of the rule named {@code ruleName}. */
    public WorkflowEvent.WorkflowExecuted executed(String ruleName, EventMeta meta) {
        return new WorkflowEvent.WorkflowExecuted(meta, this, ruleName);
    }
}
