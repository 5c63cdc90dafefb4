package io.soundport.contracts;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionFilter;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link WorkflowExecutions} must do. */
public abstract class WorkflowExecutionsContract {

    protected abstract PersistencePorts ports();

    private WorkflowExecutions executions() {
        return ports().workflowExecutions();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private WorkflowRule newRule(Organization org) {
        WorkflowRule rule = Fixtures.workflowRule(org);
        ports().workflowRules().add(rule);
        return rule;
    }

    private WorkflowExecution newExecution(Organization org, WorkflowRule rule, WorkflowExecution.Status status) {
        WorkflowExecution execution = Fixtures.workflowExecution(org, rule, status, Fixtures.instant());
        executions().add(execution);
        return execution;
    }

    @Test
    void finds_an_added_execution_with_every_outcome() {
        Organization org = newOrganization();
        WorkflowExecution execution = Fixtures.workflowExecution(org, newRule(org));
        executions().add(execution);

        WorkflowExecution found = executions().find(org.id(), execution.id()).orElseThrow();

        assertThat(found).isEqualTo(execution);
        assertThat(found.outcomes()).extracting(WorkflowExecution.ActionOutcome::detail)
                .containsExactly("2 deliveries queued", "no recipient", null);
    }

    @Test
    void keeps_a_skipped_execution_without_outcomes() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org);
        WorkflowExecution execution = new WorkflowExecution(
                WorkflowExecutionId.of(Fixtures.id(WorkflowExecutionId.PREFIX)), org.id(), rule.id(),
                Fixtures.id("evt"), "custom.chain", null, WorkflowExecution.Status.SKIPPED, List.of(), 6,
                Fixtures.instant());
        executions().add(execution);

        assertThat(executions().find(org.id(), execution.id())).contains(execution);
    }

    @Test
    void finds_an_execution_with_the_release_its_event_concerned() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        WorkflowExecution execution = Fixtures.workflowExecution(org, newRule(org), release,
                WorkflowExecution.Status.SUCCEEDED, Fixtures.instant());
        executions().add(execution);

        assertThat(executions().find(org.id(), execution.id()).orElseThrow().releaseId()).isEqualTo(release);
        assertThat(Paging.walk(10, page -> executions().list(org.id(), WorkflowExecutionFilter.ALL, page)))
                .containsExactly(execution);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WorkflowExecution execution = newExecution(org, newRule(org), WorkflowExecution.Status.SUCCEEDED);

        assertThat(executions().find(org.id(), WorkflowExecutionId.of(Fixtures.id(WorkflowExecutionId.PREFIX))))
                .isEmpty();
        assertThat(executions().find(other.id(), execution.id())).isEmpty();
    }

    @Test
    void rejects_a_second_execution_with_the_same_id() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org);
        WorkflowExecution execution = newExecution(org, rule, WorkflowExecution.Status.SUCCEEDED);
        WorkflowExecution twin = new WorkflowExecution(execution.id(), org.id(), rule.id(), Fixtures.id("evt"),
                "release.created", null, WorkflowExecution.Status.FAILED, List.of(), 0, Fixtures.instant());

        Expect.domainError(ErrorCode.CONFLICT, () -> executions().add(twin));
        assertThat(executions().find(org.id(), execution.id())).contains(execution);
    }

    @Test
    void lists_the_executions_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org);
        WorkflowRule otherRule = newRule(org);
        List<WorkflowExecution> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newExecution(org, i % 2 == 0 ? rule : otherRule, WorkflowExecution.Status.SUCCEEDED));
        }
        Organization other = newOrganization();
        newExecution(other, newRule(other), WorkflowExecution.Status.SUCCEEDED);

        List<WorkflowExecution> listed = Paging.walk(2,
                page -> executions().list(org.id(), WorkflowExecutionFilter.ALL, page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> executions().list(newOrganization().id(), WorkflowExecutionFilter.ALL,
                page))).isEmpty();
    }

    @Test
    void filters_executions_by_rule_and_status() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org);
        WorkflowRule otherRule = newRule(org);
        WorkflowExecution succeeded = newExecution(org, rule, WorkflowExecution.Status.SUCCEEDED);
        WorkflowExecution failed = newExecution(org, rule, WorkflowExecution.Status.FAILED);
        WorkflowExecution otherSucceeded = newExecution(org, otherRule, WorkflowExecution.Status.SUCCEEDED);
        WorkflowExecution partial = newExecution(org, rule, WorkflowExecution.Status.PARTIAL);

        assertThat(Paging.walk(1, page -> executions().list(org.id(), byRule(rule), page)))
                .containsExactly(partial, failed, succeeded);
        assertThat(Paging.walk(1, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(null, WorkflowExecution.Status.SUCCEEDED, null), page)))
                .containsExactly(otherSucceeded, succeeded);
        assertThat(Paging.walk(10, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(rule.id(), WorkflowExecution.Status.FAILED, null), page)))
                .containsExactly(failed);
        assertThat(Paging.walk(10, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(otherRule.id(), WorkflowExecution.Status.SKIPPED, null), page)))
                .isEmpty();
        assertThat(Paging.walk(10, page -> executions().list(newOrganization().id(), byRule(rule), page)))
                .isEmpty();
    }

    @Test
    void filters_executions_by_release_newest_first_and_with_the_other_filters() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org);
        WorkflowRule otherRule = newRule(org);
        ReleaseId release = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        ReleaseId otherRelease = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        WorkflowExecution first = newExecution(org, rule, release, WorkflowExecution.Status.SUCCEEDED);
        newExecution(org, rule, otherRelease, WorkflowExecution.Status.SUCCEEDED);
        newExecution(org, rule, null, WorkflowExecution.Status.SUCCEEDED);
        WorkflowExecution second = newExecution(org, otherRule, release, WorkflowExecution.Status.FAILED);
        WorkflowExecution third = newExecution(org, rule, release, WorkflowExecution.Status.FAILED);

        assertThat(Paging.walk(1, page -> executions().list(org.id(), byRelease(release), page)))
                .containsExactly(third, second, first);
        assertThat(Paging.walk(1, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(rule.id(), null, release), page))).containsExactly(third, first);
        assertThat(Paging.walk(1, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(null, WorkflowExecution.Status.FAILED, release), page)))
                .containsExactly(third, second);
        assertThat(Paging.walk(10, page -> executions().list(org.id(),
                new WorkflowExecutionFilter(otherRule.id(), WorkflowExecution.Status.SUCCEEDED, release), page)))
                .isEmpty();
    }

    @Test
    void finds_no_execution_for_an_unknown_release_or_another_organizations_release() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        newExecution(org, newRule(org), release, WorkflowExecution.Status.SUCCEEDED);
        Organization other = newOrganization();

        assertThat(Paging.walk(10, page -> executions().list(org.id(),
                byRelease(ReleaseId.of(Fixtures.id(ReleaseId.PREFIX))), page))).isEmpty();
        assertThat(Paging.walk(10, page -> executions().list(other.id(), byRelease(release), page))).isEmpty();
    }

    private WorkflowExecution newExecution(Organization org, WorkflowRule rule, ReleaseId release,
                                           WorkflowExecution.Status status) {
        WorkflowExecution execution = Fixtures.workflowExecution(org, rule, release, status, Fixtures.instant());
        executions().add(execution);
        return execution;
    }

    private static WorkflowExecutionFilter byRule(WorkflowRule rule) {
        return new WorkflowExecutionFilter(rule.id(), null, null);
    }

    private static WorkflowExecutionFilter byRelease(ReleaseId release) {
        return new WorkflowExecutionFilter(null, null, release);
    }
}
