package io.soundport.sdk.model;

/**
 * Where a notification is: {@code QUEUED} until the provider accepts it ({@code SENT}) or every attempt has failed
 * ({@code FAILED}); the server retries on its schedule in between.
 */
public enum NotificationStatus implements ApiEnum {
    /** Waiting for its first attempt, or for the next one after a failure. */
    QUEUED,
    /** The provider accepted it; {@code providerMessageId} names it there. */
    SENT,
    /** The last attempt failed; {@code failureReason} says why. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static NotificationStatus fromValue(String value) {
        return ApiEnum.fromValue(NotificationStatus.class, value);
    }
}
