package io.soundport.application.workflow;

import io.soundport.domain.workflow.Condition;

/** A condition of a rule as the caller sends it, before it is parsed into a {@link Condition}. */
public record RawCondition(String field, String op, Object value) {
}
