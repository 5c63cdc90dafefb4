package io.soundport.sdk.model;

/**
 * Where a delivery is: {@code QUEUED} → {@code IN_PROGRESS} → {@code DELIVERED}, or → {@code RETRYING} → ... →
 * {@code FAILED} after the last attempt; a retry re-queues a failed one.
 */
public enum DeliveryStatus implements ApiEnum {
    /** Waiting for its first attempt (or re-queued by a retry). */
    QUEUED,
    /** An attempt is running. */
    IN_PROGRESS,
    /** An attempt failed; the next one is due at {@code nextAttemptAt}. */
    RETRYING,
    /** The partner received it. */
    DELIVERED,
    /** The last attempt failed. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static DeliveryStatus fromValue(String value) {
        return ApiEnum.fromValue(DeliveryStatus.class, value);
    }
}
