package io.soundport.sdk.param;

import io.soundport.sdk.event.Event;
import io.soundport.sdk.model.WorkflowAction;
import io.soundport.sdk.model.WorkflowCondition;

import java.util.List;
import java.util.Objects;

/**
 * What {@code workflow().createRule(..)} takes: on an event of type {@code trigger}, when every condition holds, run
 * the actions in order. Build it with {@link #builder()}; {@code name}, {@code trigger} and {@code actions} are
 * required (a {@link NullPointerException} otherwise).
 * <pre>{@code
 * client.workflow().createRule(WorkflowRuleCreateParams.builder()
 *         .name("Deliver what is submitted")
 *         .trigger("release.submitted")
 *         .conditions(WorkflowCondition.eq("release.genre", "Synthwave"))
 *         .actions(WorkflowAction.deliver())
 *         .build());
 * }</pre>
 *
 * @param name       the rule's name, at most 200 characters
 * @param trigger    an event type such as {@code release.submitted}
 * @param conditions what must hold for the rule to run; none (always) when null
 * @param actions    what it does, in order; at least one
 * @param enabled    false to add it switched off; true when null
 */
public record WorkflowRuleCreateParams(String name, String trigger, List<WorkflowCondition> conditions,
                                       List<WorkflowAction> actions, Boolean enabled) {
    /**
     * Checks the required fields and copies the lists.
     *
     * @param name       the rule's name, at most 200 characters
     * @param trigger    an event type such as {@code release.submitted}
     * @param conditions what must hold for the rule to run; none when null
     * @param actions    what it does, in order; at least one
     * @param enabled    false to add it switched off; true when null
     * @throws NullPointerException when a required field is missing
     */
    public WorkflowRuleCreateParams {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(trigger, "trigger is required");
        Objects.requireNonNull(actions, "actions is required");
        conditions = conditions == null ? null : List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WorkflowRuleCreateParams}. */
    public static final class Builder {
        private String name;
        private String trigger;
        private List<WorkflowCondition> conditions;
        private List<WorkflowAction> actions;
        private Boolean enabled;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the rule's name, at most 200 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code trigger}.
         *
         * @param trigger an event type such as {@code release.submitted}
         * @return this builder
         */
        public Builder trigger(String trigger) {
            this.trigger = trigger;
            return this;
        }

        /**
         * Sets {@code trigger}.
         *
         * @param trigger an event type such as {@link Event.Type#RELEASE_SUBMITTED}
         * @return this builder
         * @throws IllegalArgumentException when it is {@link Event.Type#UNKNOWN}
         */
        public Builder trigger(Event.Type trigger) {
            this.trigger = EventTypeValues.of(trigger, "trigger");
            return this;
        }

        /**
         * Sets {@code conditions}.
         *
         * @param conditions what must hold for the rule to run; none when null
         * @return this builder
         */
        public Builder conditions(List<WorkflowCondition> conditions) {
            this.conditions = conditions;
            return this;
        }

        /**
         * Sets {@code conditions}.
         *
         * @param conditions what must hold for the rule to run
         * @return this builder
         */
        public Builder conditions(WorkflowCondition... conditions) {
            this.conditions = List.of(conditions);
            return this;
        }

        /**
         * Sets {@code actions}.
         *
         * @param actions what the rule does, in order; at least one
         * @return this builder
         */
        public Builder actions(List<WorkflowAction> actions) {
            this.actions = actions;
            return this;
        }

        /**
         * Sets {@code actions}.
         *
         * @param actions what the rule does, in order; at least one
         * @return this builder
         */
        public Builder actions(WorkflowAction... actions) {
            this.actions = List.of(actions);
            return this;
        }

        /**
         * Sets {@code enabled}.
         *
         * @param enabled false to add the rule switched off; true when null
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link WorkflowRuleCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public WorkflowRuleCreateParams build() {
            return new WorkflowRuleCreateParams(name, trigger, conditions, actions, enabled);
        }
    }
}
