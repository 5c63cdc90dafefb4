package io.soundport.application.workflow;

import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRuleId;

import java.util.List;
import java.util.Objects;

/**
 * A change to a workflow rule: a null field is kept, a given list replaces the rule's. {@code expectedVersion} is
 * null when the caller sent no If-Match. Build it with {@link #of}, which checks every given field.
 */
public record UpdateWorkflowRuleCommand(WorkflowRuleId id, String name, String trigger, List<Condition> conditions,
                                        List<Action> actions, Boolean enabled, Long expectedVersion) {

    public UpdateWorkflowRuleCommand {
        Objects.requireNonNull(id, "id");
        name = name == null ? null : RuleFields.name(name);
        trigger = trigger == null ? null : RuleFields.trigger(trigger);
        conditions = conditions == null ? null : RuleFields.checkedConditions(conditions);
        actions = actions == null ? null : RuleFields.checked(actions);
    }

    public static UpdateWorkflowRuleCommand of(WorkflowRuleId id, String name, String trigger,
                                               List<RawCondition> conditions, List<RawAction> actions, Boolean enabled,
                                               Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> RuleFields.name(name));
        String t = trigger == null ? null : v.field("trigger", () -> RuleFields.trigger(trigger));
        List<Condition> c = conditions == null ? null : RuleFields.conditions(v, conditions);
        List<Action> a = actions == null ? null : RuleFields.actions(v, actions);
        v.throwIfInvalid();
        return new UpdateWorkflowRuleCommand(id, n, t, c, a, enabled, expectedVersion);
    }
}
