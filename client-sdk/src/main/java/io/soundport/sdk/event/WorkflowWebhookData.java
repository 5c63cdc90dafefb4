package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * A {@code workflow.webhook} event: a rule's webhook action spoke, with the free-form {@code data} the rule gives.
 *
 * @param ruleId                the rule's id
 * @param ruleName              the rule's name
 * @param triggerEventId        the event the rule ran for ({@code evt_...})
 * @param triggerEventTypeValue that event's type as sent; {@link #triggerEventType()} reads it as an enum
 * @param data                  the action's {@code data} parameter, JSON-shaped (maps, lists, strings, numbers,
 *                              booleans, nulls)
 * @param workflowDepth         how many workflow rules led to this event (at least 1)
 */
public record WorkflowWebhookData(String ruleId, String ruleName, String triggerEventId,
                                  @JsonProperty("trigger_event_type") String triggerEventTypeValue,
                                  Map<String, Object> data, int workflowDepth) implements EventData {
    /**
     * The type of the event the rule ran for.
     *
     * @return the type, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #triggerEventTypeValue()})
     */
    public Event.Type triggerEventType() {
        return Event.Type.fromValue(triggerEventTypeValue);
    }
}
