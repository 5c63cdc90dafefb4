package io.soundport.application.workflow;

import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Workflow rules of the caller's organization (ADMIN manages them) and the record of their runs. */
public final class WorkflowService {
    /** A condition as the caller sends it. */
    public record RawCondition(String field, String op, Object value) {
    }

    /** An action as the caller sends it: its type and the rest of its fields as parameters. */
    public record RawAction(String type, Map<String, Object> params) {
    }

    private final TransactionRunner tx;
    private final WorkflowRules rules;
    private final WorkflowExecutions executions;
    private final IdGenerator ids;
    private final Clock clock;

    public WorkflowService(TransactionRunner tx, WorkflowRules rules, WorkflowExecutions executions, IdGenerator ids,
                           Clock clock) {
        this.tx = tx;
        this.rules = rules;
        this.executions = executions;
        this.ids = ids;
        this.clock = clock;
    }

    public WorkflowRule create(Caller caller, String name, String trigger, List<RawCondition> conditions,
                               List<RawAction> actions, Boolean enabled) {
        caller.require(Permission.MANAGE);
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", 200));
        String t = v.field("trigger", () -> checkTrigger(trigger));
        List<Condition> c = parseConditions(v, conditions == null ? List.of() : conditions);
        List<Action> a = parseActions(v, actions);
        v.throwIfInvalid();
        Instant now = clock.now();
        WorkflowRule rule = new WorkflowRule(WorkflowRuleId.generate(ids), caller.organizationId(), n, t, c, a,
                enabled == null || enabled, now, now, 1);
        tx.run(() -> rules.add(rule));
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

    public WorkflowRule update(Caller caller, WorkflowRuleId id, String name, String trigger,
                               List<RawCondition> conditions, List<RawAction> actions, Boolean enabled,
                               Long expectedVersion) {
        caller.require(Permission.MANAGE);
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", 200));
        String t = trigger == null ? null : v.field("trigger", () -> checkTrigger(trigger));
        List<Condition> c = conditions == null ? null : parseConditions(v, conditions);
        List<Action> a = actions == null ? null : parseActions(v, actions);
        v.throwIfInvalid();
        return tx.inTransaction(() -> {
            WorkflowRule current = get(caller, id);
            Versions.check(expectedVersion, current.version(), "Workflow rule " + id.value());
            return rules.update(current.edit(n, t, c, a, enabled, clock.now()));
        });
    }

    public void delete(Caller caller, WorkflowRuleId id) {
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            get(caller, id);
            rules.remove(caller.organizationId(), id);
        });
    }

    public WorkflowExecution execution(Caller caller, WorkflowExecutionId id) {
        caller.require(Permission.READ);
        return executions.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Workflow execution", id.value()));
    }

    public Page<WorkflowExecution> executions(Caller caller, WorkflowRuleId ruleId, WorkflowExecution.Status status,
                                              PageRequest page) {
        caller.require(Permission.READ);
        return executions.list(caller.organizationId(), ruleId, status, page);
    }

    private static String checkTrigger(String trigger) {
        String t = Validation.requireText(trigger, "trigger", 100);
        if (!t.matches("^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$")) {
            throw DomainException.invalid("trigger", "must be an event type such as release.submitted");
        }
        return t;
    }

    private static List<Condition> parseConditions(Validation v, List<RawCondition> raw) {
        List<Condition> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawCondition c = raw.get(i);
            Condition condition = c == null ? null : v.nested("conditions[" + i + "]",
                    () -> new Condition(c.field(), Condition.Op.parse(c.op()), c.value()));
            if (c == null) {
                v.require(false, "conditions[" + i + "]", "must not be null");
            } else if (condition != null) {
                parsed.add(condition);
            }
        }
        return parsed;
    }

    private static List<Action> parseActions(Validation v, List<RawAction> raw) {
        if (raw == null || raw.isEmpty()) {
            v.require(false, "actions", "a rule needs at least one action");
            return List.of();
        }
        List<Action> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawAction a = raw.get(i);
            int index = i;
            Action action = a == null ? null : v.nested("actions[" + i + "]", () -> checkAction(
                    new Action(Action.Type.parse(a.type()), a.params() == null ? Map.of() : a.params()), index));
            if (action != null) {
                parsed.add(action);
            }
        }
        return parsed;
    }

    private static Action checkAction(Action action, int index) {
        Map<String, Object> p = action.params();
        switch (action.type()) {
            case NOTIFY -> {
                if (p.get("to") == null || p.get("to").toString().isBlank()) {
                    throw DomainException.invalid("to", "a notify action needs a recipient");
                }
            }
            case SET_STATUS -> {
                Object status = p.get("status");
                if (!"SUBMITTED".equals(status) && !"TAKEDOWN_REQUESTED".equals(status)) {
                    throw DomainException.invalid("status", "a rule may set SUBMITTED or TAKEDOWN_REQUESTED");
                }
            }
            case DELIVER -> {
                Object ids = p.get("partner_ids");
                if (ids != null && !(ids instanceof List<?>)) {
                    throw DomainException.invalid("partner_ids", "must be a list of partner ids");
                }
            }
            case WEBHOOK -> {
                Object data = p.get("data");
                if (data != null && !(data instanceof Map<?, ?>)) {
                    throw DomainException.invalid("data", "must be an object");
                }
            }
        }
        return action;
    }
}
