package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.event.Event;

import java.time.Instant;
import java.util.List;

/**
 * A workflow rule: on an event of type {@code trigger}, when every condition holds, its actions run in order.
 *
 * @param id         the rule's id ({@code wfr_...})
 * @param name       its name
 * @param triggerValue the trigger as sent; {@link #trigger()} reads it as an enum
 * @param conditions what must hold for it to run; none means always
 * @param actions    what it does, in order
 * @param enabled    whether it runs
 * @param createdAt  when it was added
 * @param updatedAt  when it last changed
 * @param version    its version, for {@code If-Match}
 */
public record WorkflowRule(String id, String name, @JsonProperty("trigger") String triggerValue,
                           List<WorkflowCondition> conditions, List<WorkflowAction> actions, boolean enabled,
                           Instant createdAt, Instant updatedAt, long version) {
    /**
     * The type of the events that trigger the rule.
     *
     * @return the trigger, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #triggerValue()})
     */
    public Event.Type trigger() {
        return Event.Type.fromValue(triggerValue);
    }
}
