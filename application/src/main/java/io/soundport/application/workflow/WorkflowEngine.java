package io.soundport.application.workflow;

import io.soundport.application.shared.EventHandler;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs the organization's workflow rules on each event: a rule triggered by the event's type whose conditions hold
 * (on the event's data, and on the release's fields under {@code release.}) runs its actions in order, and the run is
 * recorded with each action's outcome. The events a rule causes are one level deeper in the workflow; past
 * {@link #MAX_DEPTH} rules stop running, so that rules cannot trigger each other forever.
 */
public final class WorkflowEngine implements EventHandler {
    public static final int MAX_DEPTH = 5;

    private final WorkflowRules rules;
    private final WorkflowExecutions executions;
    private final RuleSubjects subjects;
    private final Map<Action.Type, WorkflowAction> actions = new EnumMap<>(Action.Type.class);
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    /** {@code actions} holds one runner for every {@link Action.Type}. */
    public WorkflowEngine(WorkflowRules rules, WorkflowExecutions executions, RuleSubjects subjects,
                          List<WorkflowAction> actions, EventRecorder events, IdGenerator ids, Clock clock) {
        this.rules = rules;
        this.executions = executions;
        this.subjects = subjects;
        actions.forEach(action -> this.actions.put(action.type(), action));
        for (Action.Type type : Action.Type.values()) {
            if (!this.actions.containsKey(type)) {
                throw new IllegalArgumentException("no runner for the " + type.wireName() + " action");
            }
        }
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void handle(PublishedEvent event) {
        handle(event, rules::triggeredBy);
    }

    /** Reads the rules triggered by each organization and event type once for the whole batch. */
    @Override
    public EventHandler forBatch() {
        Map<Trigger, List<WorkflowRule>> read = new HashMap<>();
        return event -> handle(event, (org, type) -> read.computeIfAbsent(new Trigger(org, type),
                trigger -> rules.triggeredBy(org, type)));
    }

    private void handle(PublishedEvent event, BiFunction<OrganizationId, String, List<WorkflowRule>> triggeredBy) {
        OrganizationId org = OrganizationId.of(event.organizationId());
        List<WorkflowRule> triggered = triggeredBy.apply(org, event.type());
        if (triggered.isEmpty()) {
            return;
        }
        int depth = subjects.workflowDepthOf(event);
        Optional<ReleaseId> releaseId = subjects.releaseIdOf(event);
        Optional<Release> release = subjects.releaseOf(org, releaseId);
        Map<String, Object> facts = subjects.factsOf(org, event, release);
        for (WorkflowRule rule : triggered) {
            if (rule.appliesTo(event.type(), facts)) {
                execute(new RuleRun(org, rule, event, release, facts, depth + 1), releaseId.orElse(null));
            }
        }
    }

    private void execute(RuleRun run, ReleaseId releaseId) {
        int depth = run.depth() - 1;
        List<WorkflowExecution.ActionOutcome> outcomes = new ArrayList<>();
        WorkflowExecution.Status status;
        if (depth >= MAX_DEPTH) {
            status = WorkflowExecution.Status.SKIPPED;
            outcomes.add(new WorkflowExecution.ActionOutcome("skipped", false,
                    "rules already ran " + depth + " levels deep for this chain of events"));
        } else {
            for (Action action : run.rule().actions()) {
                outcomes.add(outcomeOf(run, action));
            }
            status = WorkflowExecution.statusOf(outcomes);
        }
        WorkflowExecution execution = new WorkflowExecution(WorkflowExecutionId.generate(ids), run.organizationId(),
                run.rule().id(), run.event().id(), run.event().type(), releaseId, status, outcomes, depth,
                clock.now());
        executions.add(execution);
        if (status != WorkflowExecution.Status.SKIPPED) {
            events.record(execution.executed(run.rule().name(),
                    events.meta(run.organizationId(), clock.now(), run.depth())));
        }
    }

    private WorkflowExecution.ActionOutcome outcomeOf(RuleRun run, Action action) {
        String type = action.type().wireName();
        try {
            return new WorkflowExecution.ActionOutcome(type, true, actions.get(action.type()).run(run, action));
        } catch (DomainException e) {
            return new WorkflowExecution.ActionOutcome(type, false, e.getMessage());
        }
    }

    private record Trigger(OrganizationId organization, String eventType) {
    }
}
