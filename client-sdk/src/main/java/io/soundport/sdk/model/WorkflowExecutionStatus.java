package io.soundport.sdk.model;

/** How a run of a workflow rule went. */
public enum WorkflowExecutionStatus implements ApiEnum {
    /** Every action succeeded. */
    SUCCEEDED,
    /** Some actions succeeded, some failed. */
    PARTIAL,
    /** No action succeeded. */
    FAILED,
    /** Not run: the event came from too many rules in a row (the depth bound). */
    SKIPPED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static WorkflowExecutionStatus fromValue(String value) {
        return ApiEnum.fromValue(WorkflowExecutionStatus.class, value);
    }
}
