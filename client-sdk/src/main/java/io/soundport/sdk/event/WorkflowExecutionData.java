package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.WorkflowExecutionStatus;

/**
 * A {@code workflow.executed} event: a rule ran for an event. {@code workflow().retrieveExecution(executionId)} has
 * each action's outcome.
 *
 * @param executionId           the run's id ({@code wfx_...})
 * @param ruleId                the rule's id
 * @param ruleName              the rule's name
 * @param triggerEventId        the event the rule ran for ({@code evt_...})
 * @param triggerEventTypeValue that event's type as sent; {@link #triggerEventType()} reads it as an enum
 * @param statusValue           the status as sent; {@link #status()} reads it as an enum
 * @param workflowDepth         how many workflow rules led to this event (at least 1)
 */
public record WorkflowExecutionData(String executionId, String ruleId, String ruleName, String triggerEventId,
                                    @JsonProperty("trigger_event_type") String triggerEventTypeValue,
                                    @JsonProperty("status") String statusValue, int workflowDepth)
        implements EventData {
    /**
     * The type of the event the rule ran for.
     *
     * @return the type, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #triggerEventTypeValue()})
     */
    public Event.Type triggerEventType() {
        return Event.Type.fromValue(triggerEventTypeValue);
    }

    /**
     * How the run went.
     *
     * @return the status, {@link WorkflowExecutionStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public WorkflowExecutionStatus status() {
        return WorkflowExecutionStatus.fromValue(statusValue);
    }
}
