package io.soundport.sdk.model;

/**
 * What one action of a workflow run did.
 *
 * @param type      the action's type, such as {@code deliver}; {@code skipped} when the run was skipped
 * @param succeeded whether it succeeded
 * @param detail    what it did (such as {@code queued 2 deliveries}) or why it failed, or null
 */
public record WorkflowActionOutcome(String type, boolean succeeded, String detail) {
}
