package io.soundport.sdk.model;

/**
 * Where a webhook message is: {@code PENDING} (queued or retrying) → {@code SUCCEEDED}, or {@code FAILED} after the
 * last attempt; a replay makes it {@code PENDING} again.
 */
public enum WebhookMessageStatus implements ApiEnum {
    /** Queued, being sent or waiting for its next attempt. */
    PENDING,
    /** The endpoint answered 2xx. */
    SUCCEEDED,
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
    public static WebhookMessageStatus fromValue(String value) {
        return ApiEnum.fromValue(WebhookMessageStatus.class, value);
    }
}
