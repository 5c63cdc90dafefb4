package io.soundport.application.workflow;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;

import java.time.Instant;

/** Workflow rules of the caller's organization (ADMIN manages them) and the record of their runs. */
public final class WorkflowService {
    private final TransactionRunner tx;
    private final WorkflowRules rules;
    private final WorkflowExecutions executions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public WorkflowService(TransactionRunner tx, WorkflowRules rules, WorkflowExecutions executions, IdGenerator ids,
                           Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.rules = rules;
        this.executions = executions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public WorkflowRule create(Caller caller, CreateWorkflowRuleCommand command) {
        caller.require(Permission.MANAGE);
        Instant now = clock.now();
        WorkflowRule rule = new WorkflowRule(WorkflowRuleId.generate(ids), caller.organizationId(), command.name(),
                command.trigger(), command.conditions(), command.actions(), command.enabled(), now, now, 1);
        tx.run(() -> {
            rules.add(rule);
            audit.record(caller, "workflow_rule.created", rule.id().value());
        });
        return rule;
    }

    public WorkflowRule get(Caller caller, WorkflowRuleId id) {
        caller.require(Permission.READ);
        return rules.find(caller.organizationId(), id).orElseThrow(() -> DomainException.notFound("Workflow rule", id.value()));
    }

    public Page<WorkflowRule> list(Caller caller, PageRequest page) {
        caller.require(Permission.READ);
        return rules.list(caller.organizationId(), page);
    }

    public WorkflowRule update(Caller caller, UpdateWorkflowRuleCommand command) {
        caller.require(Permission.MANAGE);
        return tx.inTransaction(() -> {
            WorkflowRule current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(), "Workflow rule " + command.id().value());
            audit.record(caller, "workflow_rule.updated", current.id().value());
            return rules.update(current.edit(command.name(), command.trigger(), command.conditions(),
                    command.actions(), command.enabled(), clock.now()));
        });
    }

    public void delete(Caller caller, DeleteCommand<WorkflowRuleId> command) {
        WorkflowRuleId id = command.id();
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            WorkflowRule current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Workflow rule " + id.value());
            rules.remove(caller.organizationId(), id);
            audit.record(caller, "workflow_rule.deleted", id.value());
        });
    }

    public WorkflowExecution execution(Caller caller, WorkflowExecutionId id) {
        caller.require(Permission.READ);
        return executions.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Workflow execution", id.value()));
    }

    public Page<WorkflowExecution> executions(Caller caller, ListExecutionsQuery query) {
        caller.require(Permission.READ);
        return executions.list(caller.organizationId(), query.filter(), query.page());
    }
}
