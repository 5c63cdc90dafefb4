package io.soundport.sdk.model;

/**
 * Where a live event stands: {@code SCHEDULED} → {@code POSTPONED}, {@code CANCELLED}, or {@code COMPLETED} once its
 * date has come; {@code POSTPONED} → {@code SCHEDULED} with a new date, or {@code CANCELLED}. {@code CANCELLED} and
 * {@code COMPLETED} are final.
 */
public enum LiveEventStatus implements ApiEnum {
    /** Going ahead on its date. */
    SCHEDULED,
    /** Put off; scheduled again with a new date, or cancelled. */
    POSTPONED,
    /** Called off for good. */
    CANCELLED,
    /** It took place. */
    COMPLETED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static LiveEventStatus fromValue(String value) {
        return ApiEnum.fromValue(LiveEventStatus.class, value);
    }
}
