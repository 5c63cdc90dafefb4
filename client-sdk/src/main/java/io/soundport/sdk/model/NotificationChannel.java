package io.soundport.sdk.model;

/** The channel a notification goes by: an e-mail, an SMS or a push notification to a device. */
public enum NotificationChannel implements ApiEnum {
    /** An e-mail, to an e-mail address; it has a subject. */
    EMAIL,
    /** A text message, to a phone number in E.164 form ({@code +15555550100}); it has no subject. */
    SMS,
    /** A push notification, to a device token or an SNS platform endpoint ARN. */
    PUSH,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static NotificationChannel fromValue(String value) {
        return ApiEnum.fromValue(NotificationChannel.class, value);
    }
}
