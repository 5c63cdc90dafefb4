package io.soundport.application.workflow;

import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;

import java.util.List;

/**
 * A new workflow rule: on an event of type {@code trigger}, if every condition holds, run the actions in order.
 * Build it with {@link #of}, which checks every field and reports each condition and action by its index
 * ({@code conditions[0].op}, {@code actions[1].to}).
 */
public record CreateWorkflowRuleCommand(String name, String trigger, List<Condition> conditions, List<Action> actions,
                                        boolean enabled) {

    public CreateWorkflowRuleCommand {
        name = RuleFields.name(name);
        trigger = RuleFields.trigger(trigger);
        conditions = conditions == null ? List.of() : RuleFields.checkedConditions(conditions);
        actions = RuleFields.checked(actions);
    }

    /** No conditions when {@code conditions} is null; {@code enabled} is true when absent. */
    public static CreateWorkflowRuleCommand of(String name, String trigger, List<RawCondition> conditions,
                                               List<RawAction> actions, Boolean enabled) {
        Validation v = new Validation();
        String n = v.field("name", () -> RuleFields.name(name));
        String t = v.field("trigger", () -> RuleFields.trigger(trigger));
        List<Condition> c = RuleFields.conditions(v, conditions == null ? List.of() : conditions);
        List<Action> a = RuleFields.actions(v, actions);
        v.throwIfInvalid();
        return new CreateWorkflowRuleCommand(n, t, c, a, enabled == null || enabled);
    }
}
