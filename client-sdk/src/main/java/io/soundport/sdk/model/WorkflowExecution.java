package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * One run of a workflow rule on one event, with each action's outcome.
 *
 * @param id        the run's id ({@code wfx_...})
 * @param ruleId    the rule that ran
 * @param eventId   the event that triggered it
 * @param eventType that event's type
 * @param status    {@code SUCCEEDED} (every action), {@code PARTIAL}, {@code FAILED} (none), or {@code SKIPPED} (rules
 *                  triggering rules too deep)
 * @param outcomes  each action's outcome, in order
 * @param depth     how many rule runs led to the triggering event (0 for an event no rule caused)
 * @param createdAt when it ran
 * @param releaseId the release the triggering event concerns ({@code rel_...}): the release of a {@code release.*}
 *                  event, of a delivery or track event, or of the run behind a {@code workflow.executed}; null when
 *                  the event concerns no release (an artist, a {@code webhook.test}, a rule's {@code workflow.webhook})
 *                  and for runs recorded before servers kept it
 */
public record WorkflowExecution(String id, String ruleId, String eventId, String eventType, String status,
                                List<WorkflowActionOutcome> outcomes, int depth, Instant createdAt,
                                String releaseId) {
}
