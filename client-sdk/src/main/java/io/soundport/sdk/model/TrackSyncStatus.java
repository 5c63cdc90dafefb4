package io.soundport.sdk.model;

/** How far an import of Spotify tracks got. */
public enum TrackSyncStatus implements ApiEnum {
    /** Waiting for a worker. */
    QUEUED,
    /** Under way: its counts grow page by page. */
    RUNNING,
    /** Done: every track read was imported or counted. */
    SUCCEEDED,
    /** Stopped, with its {@code failureReason}; the tracks imported before stay. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static TrackSyncStatus fromValue(String value) {
        return ApiEnum.fromValue(TrackSyncStatus.class, value);
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
