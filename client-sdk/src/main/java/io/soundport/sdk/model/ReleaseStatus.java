package io.soundport.sdk.model;

/**
 * Where a release is: {@code DRAFT} → {@code SUBMITTED} → {@code DELIVERING} → {@code DELIVERED}; a delivered release
 * → {@code TAKEDOWN_REQUESTED} → {@code TAKEN_DOWN}.
 */
public enum ReleaseStatus implements ApiEnum {
    /** Being edited; the only status in which it can change or be deleted. */
    DRAFT,
    /** Complete and locked, ready for delivery. */
    SUBMITTED,
    /** At least one delivery to a partner is under way. */
    DELIVERING,
    /** Every delivery reached its partner. */
    DELIVERED,
    /** A takedown was requested; takedown deliveries are under way. */
    TAKEDOWN_REQUESTED,
    /** Every partner confirmed the takedown. */
    TAKEN_DOWN,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static ReleaseStatus fromValue(String value) {
        return ApiEnum.fromValue(ReleaseStatus.class, value);
    }
}
