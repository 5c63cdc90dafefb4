package io.soundport.sdk.param;

import io.soundport.sdk.event.Event;
import io.soundport.sdk.model.WorkflowAction;
import io.soundport.sdk.model.WorkflowCondition;

import java.util.List;

/**
 * What {@code workflow().updateRule(..)} changes; null fields are kept. Conditions and actions are replaced as a
 * whole: an empty list of conditions makes the rule run on every event of its trigger.
 * Build it with {@link #builder()}.
 *
 * @param name       a new name of at most 200 characters, or null
 * @param trigger    a new event type, or null
 * @param conditions the new conditions, or null
 * @param actions    the new actions, at least one, or null
 * @param enabled    true to switch the rule on, false to switch it off, or null
 */
public record WorkflowRuleUpdateParams(String name, String trigger, List<WorkflowCondition> conditions,
                                       List<WorkflowAction> actions, Boolean enabled) {
    /**
     * Copies the lists.
     *
     * @param name       a new name of at most 200 characters, or null
     * @param trigger    a new event type, or null
     * @param conditions the new conditions, or null
     * @param actions    the new actions, at least one, or null
     * @param enabled    true to switch the rule on, false to switch it off, or null
     */
    public WorkflowRuleUpdateParams {
        conditions = conditions == null ? null : List.copyOf(conditions);
        actions = actions == null ? null : List.copyOf(actions);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WorkflowRuleUpdateParams}. */
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
         * @param name a new name of at most 200 characters, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code trigger}.
         *
         * @param trigger a new event type such as {@code release.submitted}, or null
         * @return this builder
         */
        public Builder trigger(String trigger) {
            this.trigger = trigger;
            return this;
        }

        /**
         * Sets {@code trigger}.
         *
         * @param trigger a new event type, or null
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
         * @param conditions the new conditions (empty for none), or null
         * @return this builder
         */
        public Builder conditions(List<WorkflowCondition> conditions) {
            this.conditions = conditions;
            return this;
        }

        /**
         * Sets {@code conditions}.
         *
         * @param conditions the new conditions; none makes the rule run on every event of its trigger
         * @return this builder
         */
        public Builder conditions(WorkflowCondition... conditions) {
            this.conditions = List.of(conditions);
            return this;
        }

        /**
         * Sets {@code actions}.
         *
         * @param actions the new actions, at least one, or null
         * @return this builder
         */
        public Builder actions(List<WorkflowAction> actions) {
            this.actions = actions;
            return this;
        }

        /**
         * Sets {@code actions}.
         *
         * @param actions the new actions, at least one
         * @return this builder
         */
        public Builder actions(WorkflowAction... actions) {
            this.actions = List.of(actions);
            return this;
        }

        /**
         * Sets {@code enabled}.
         *
         * @param enabled true to switch the rule on, false to switch it off, or null
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link WorkflowRuleUpdateParams}
         */
        public WorkflowRuleUpdateParams build() {
            return new WorkflowRuleUpdateParams(name, trigger, conditions, actions, enabled);
        }
    }
}
