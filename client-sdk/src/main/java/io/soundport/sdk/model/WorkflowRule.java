package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A workflow rule: on an event of type {@code trigger}, when every condition holds, its actions run in order.
 *
 * @param id         the rule's id ({@code wfr_...})
 * @param name       its name
 * @param trigger    the event type that triggers it, such as {@code release.submitted}
 * @param conditions what must hold for it to run; none means always
 * @param actions    what it does, in order
 * @param enabled    whether it runs
 * @param createdAt  when it was added
 * @param updatedAt  when it last changed
 * @param version    its version, for {@code If-Match}
 */
public record WorkflowRule(String id, String name, String trigger, List<WorkflowCondition> conditions,
                           List<WorkflowAction> actions, boolean enabled, Instant createdAt, Instant updatedAt,
                           long version) {
}
