package io.soundport.sdk.model;

/** Who made a change the audit log records. */
public enum AuditActorType implements ApiEnum {
    /** A signed-in person. */
    USER,
    /** An application's API key. */
    API_KEY,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static AuditActorType fromValue(String value) {
        return ApiEnum.fromValue(AuditActorType.class, value);
    }
}
