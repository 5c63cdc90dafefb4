package io.soundport.application.workflow;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonTree;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks of a rule's fields, shared by its create and update commands; nested errors are named by index. */
final class RuleFields {
    static final int MAX_NAME = 200;
    static final int MAX_CONDITIONS = 20;
    static final int MAX_ACTIONS = 10;

    private RuleFields() {
    }

    static String name(String name) {
        return Validation.requireText(name, "name", MAX_NAME);
    }

    static String trigger(String trigger) {
        String t = Validation.requireText(trigger, "trigger", 100);
        if (!t.matches("^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$")) {
            throw DomainException.invalid("trigger", "must be an event type such as release.submitted");
        }
        return t;
    }

    static List<Condition> conditions(Validation v, List<RawCondition> raw) {
        List<Condition> parsed = new ArrayList<>();
        if (raw.size() > MAX_CONDITIONS) {
            v.require(false, "conditions", "a rule has at most " + MAX_CONDITIONS + " conditions");
            return parsed;
        }
        for (int i = 0; i < raw.size(); i++) {
            RawCondition c = raw.get(i);
            Condition condition = c == null ? null : v.nested("conditions[" + i + "]",
                    () -> check(new Condition(c.field(), Condition.Op.parse(c.op()), c.value())));
            if (c == null) {
                v.require(false, "conditions[" + i + "]", "must not be null");
            } else if (condition != null) {
                parsed.add(condition);
            }
        }
        return parsed;
    }

    static List<Action> actions(Validation v, List<RawAction> raw) {
        if (raw == null || raw.isEmpty()) {
            v.require(false, "actions", "a rule needs at least one action");
            return List.of();
        }
        if (raw.size() > MAX_ACTIONS) {
            v.require(false, "actions", "a rule has at most " + MAX_ACTIONS + " actions");
            return List.of();
        }
        List<Action> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawAction a = raw.get(i);
            Action action = a == null ? null : v.nested("actions[" + i + "]", () -> check(
                    new Action(Action.Type.parse(a.type()), a.params() == null ? Map.of() : a.params())));
            if (action != null) {
                parsed.add(action);
            }
        }
        return parsed;
    }

    /** A rule has at least one action and at most {@link #MAX_ACTIONS}, each with the parameters its type needs. */
    static List<Action> checked(List<Action> actions) {
        if (actions == null || actions.isEmpty()) {
            throw DomainException.invalid("actions", "a rule needs at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw DomainException.invalid("actions", "a rule has at most " + MAX_ACTIONS + " actions");
        }
        actions.forEach(RuleFields::check);
        return List.copyOf(actions);
    }

    /** At most {@link #MAX_CONDITIONS}, each with a value every store keeps as it is. */
    static List<Condition> checkedConditions(List<Condition> conditions) {
        if (conditions.size() > MAX_CONDITIONS) {
            throw DomainException.invalid("conditions", "a rule has at most " + MAX_CONDITIONS + " conditions");
        }
        conditions.forEach(RuleFields::check);
        return List.copyOf(conditions);
    }

    private static Condition check(Condition condition) {
        JsonTree.check(condition.value(), "value");
        return condition;
    }

    private static Action check(Action action) {
        Map<String, Object> p = action.params();
        // free-form parameters (a webhook's data, a message's body) kept as they are by every store
        p.forEach((name, value) -> JsonTree.check(value, name));
        switch (action.type()) {
            case NOTIFY -> NotifyAction.recipient(p);
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
