package io.soundport.domain.workflow;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** When an event of type {@code trigger} happens and every condition holds, run the actions in order. */
public record WorkflowRule(WorkflowRuleId id, OrganizationId organizationId, String name, String trigger,
                           List<Condition> conditions, List<Action> actions, boolean enabled, Instant createdAt,
                           Instant updatedAt, long version) {
    public WorkflowRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        name = Validation.requireText(name, "name", 200);
        trigger = Validation.requireText(trigger, "trigger", 100);
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw DomainException.invalid("actions", "a rule needs at least one action");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean appliesTo(String eventType, Map<String, Object> facts) {
        return enabled && trigger.equals(eventType) && conditions.stream().allMatch(c -> c.matches(facts));
    }

    public WorkflowRule edit(String newName, String newTrigger, List<Condition> newConditions, List<Action> newActions,
                             Boolean newEnabled, Instant now) {
        return new WorkflowRule(id, organizationId, newName != null ? newName : name,
                newTrigger != null ? newTrigger : trigger, newConditions != null ? newConditions : conditions,
                newActions != null ? newActions : actions, newEnabled != null ? newEnabled : enabled, createdAt, now,
                version);
    }

    /** Raises {@code workflow.webhook}: this rule's webhook action speaking, with {@code data}, about a trigger. */
    public WorkflowEvent.WorkflowWebhook webhookEvent(String triggerEventId, String triggerEventType,
                                                      Map<String, Object> data, EventMeta meta) {
        return new WorkflowEvent.WorkflowWebhook(meta, id, name, triggerEventId, triggerEventType, data);
    }
}
