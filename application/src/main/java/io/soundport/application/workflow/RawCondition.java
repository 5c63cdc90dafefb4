package io.soundport.application.workflow;

/** A condition of a rule as the caller sends it, before it is parsed into a {@link io.soundport.domain.workflow.Condition}. */
public record RawCondition(String field, String op, Object value) {
}
