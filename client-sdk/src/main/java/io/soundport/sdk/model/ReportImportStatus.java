package io.soundport.sdk.model;

/** How far an import of a sales report got. */
public enum ReportImportStatus implements ApiEnum {
    /** Waiting for a worker. */
    QUEUED,
    /** Under way: its counts grow batch by batch. */
    RUNNING,
    /** Done: every row was counted or rejected. */
    SUCCEEDED,
    /** Stopped, with its {@code failureReason}; the rows counted before stay counted. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static ReportImportStatus fromValue(String value) {
        return ApiEnum.fromValue(ReportImportStatus.class, value);
    }

    /**
     * Whether it ended.
     *
     * @return true for {@link #SUCCEEDED} and {@link #FAILED}
     */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
