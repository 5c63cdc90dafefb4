package io.soundport.application.workflow;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionFilter;
import io.soundport.domain.workflow.WorkflowRuleId;

import java.util.Locale;
import java.util.Objects;

/**
 * Runs of rules, newest first: of one rule, in one status and about one release when given. Build it with
 * {@link #of}.
 */
public record ListExecutionsQuery(WorkflowRuleId ruleId, WorkflowExecution.Status status, ReleaseId releaseId,
                                  PageRequest page) {

    public ListExecutionsQuery {
        Objects.requireNonNull(page, "page");
    }

    /** Every run, a page at a time. */
    public static ListExecutionsQuery all(PageRequest page) {
        return new ListExecutionsQuery(null, null, null, page);
    }

    /** A blank {@code ruleId}, {@code status} or {@code releaseId} does not filter. */
    public static ListExecutionsQuery of(String ruleId, String status, String releaseId, Integer limit,
                                         String cursor) {
        Validation v = new Validation();
        WorkflowRuleId rule = ruleId == null || ruleId.isBlank() ? null
                : v.field("ruleId", () -> WorkflowRuleId.of(ruleId));
        WorkflowExecution.Status s = status == null || status.isBlank() ? null
                : v.field("status", () -> parseStatus(status));
        ReleaseId release = releaseId == null || releaseId.isBlank() ? null
                : v.field("releaseId", () -> ReleaseId.of(releaseId));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListExecutionsQuery(rule, s, release, page);
    }

    public WorkflowExecutionFilter filter() {
        return new WorkflowExecutionFilter(ruleId, status, releaseId);
    }

    private static WorkflowExecution.Status parseStatus(String status) {
        try {
            return WorkflowExecution.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "must be SUCCEEDED, PARTIAL, FAILED or SKIPPED");
        }
    }
}
