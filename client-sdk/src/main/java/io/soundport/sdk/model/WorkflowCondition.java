package io.soundport.sdk.model;

import java.util.List;
import java.util.Objects;

/**
 * A condition of a workflow rule: the rule runs only when every condition holds on the triggering event's
 * {@code data}, or on the release's fields under {@code release.} (such as {@code release.genre},
 * {@code release.territories} or {@code release.track_count}). A field that is missing matches only {@code ne}.
 *
 * @param field the field, dots walking into nested objects, such as {@code release.genre}
 * @param op    {@code eq}, {@code ne}, {@code in} (value a list), {@code contains} (in a list, or part of a text,
 *              ignoring case), {@code gt} or {@code lt} (value a number)
 * @param value what to compare with: a string, a number, a boolean, a list, or null; as read, JSON arrays are lists
 *              and numbers are {@link Number}s
 */
public record WorkflowCondition(String field, String op, Object value) {
    /**
     * Checks the required fields.
     *
     * @param field the field, such as {@code release.genre}
     * @param op    {@code eq}, {@code ne}, {@code in}, {@code contains}, {@code gt} or {@code lt}
     * @param value what to compare with, or null
     * @throws NullPointerException when the field or the operator is missing
     */
    public WorkflowCondition {
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(op, "op is required");
    }

    /**
     * {@code field} equals {@code value}.
     *
     * @param field the field
     * @param value the value
     * @return the condition
     */
    public static WorkflowCondition eq(String field, Object value) {
        return new WorkflowCondition(field, "eq", value);
    }

    /**
     * {@code field} does not equal {@code value}, or is missing.
     *
     * @param field the field
     * @param value the value
     * @return the condition
     */
    public static WorkflowCondition ne(String field, Object value) {
        return new WorkflowCondition(field, "ne", value);
    }

    /**
     * {@code field} equals one of {@code values}.
     *
     * @param field  the field
     * @param values the values
     * @return the condition
     */
    public static WorkflowCondition in(String field, List<?> values) {
        return new WorkflowCondition(field, "in", List.copyOf(values));
    }

    /**
     * {@code field} is a list holding {@code value}, or a text containing it (ignoring case).
     *
     * @param field the field
     * @param value the value
     * @return the condition
     */
    public static WorkflowCondition contains(String field, Object value) {
        return new WorkflowCondition(field, "contains", value);
    }

    /**
     * {@code field} is a number greater than {@code value}.
     *
     * @param field the field
     * @param value a number
     * @return the condition
     */
    public static WorkflowCondition gt(String field, Number value) {
        return new WorkflowCondition(field, "gt", value);
    }

    /**
     * {@code field} is a number less than {@code value}.
     *
     * @param field the field
     * @param value a number
     * @return the condition
     */
    public static WorkflowCondition lt(String field, Number value) {
        return new WorkflowCondition(field, "lt", value);
    }
}
