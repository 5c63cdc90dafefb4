package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.event.Event;

import java.time.Instant;
import java.util.List;

/**
 * One run of a workflow rule on one event, with each action's outcome.
 *
 * @param id        the run's id ({@code wfx_...})
 * @param ruleId    the rule that ran
 * @param eventId   the event that triggered it
 * @param eventTypeValue the event type as sent; {@link #eventType()} reads it as an enum
 * @param statusValue the status as sent; {@link #status()} reads it as an enum
 * @param outcomes  each action's outcome, in order
 * @param depth     how many rule runs led to the triggering event (0 for an event no rule caused)
 * @param createdAt when it ran
 * @param releaseId the release the triggering event concerns ({@code rel_...}): the release of a {@code release.*}
 *                  event, of a delivery or track event, or of the run behind a {@code workflow.executed}; null when
 *                  the event concerns no release (an artist, a {@code webhook.test}, a rule's {@code workflow.webhook})
 *                  and for runs recorded before servers kept it
 */
public record WorkflowExecution(String id, String ruleId, String eventId,
                                @JsonProperty("event_type") String eventTypeValue,
                                @JsonProperty("status") String statusValue, List<WorkflowActionOutcome> outcomes,
                                int depth, Instant createdAt, String releaseId) {
    /**
     * How the run went.
     *
     * @return the status, {@link WorkflowExecutionStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public WorkflowExecutionStatus status() {
        return WorkflowExecutionStatus.fromValue(statusValue);
    }

    /**
     * The type of the event the rule ran for.
     *
     * @return the event type, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #eventTypeValue()})
     */
    public Event.Type eventType() {
        return Event.Type.fromValue(eventTypeValue);
    }
}
