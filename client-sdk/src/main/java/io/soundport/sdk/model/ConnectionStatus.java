package io.soundport.sdk.model;

/** Whether a connection's grant still works. */
public enum ConnectionStatus implements ApiEnum {
    /** The grant works: the platform's features may be used. */
    ACTIVE,
    /** The platform refused the grant (revoked, expired): the user must connect again. */
    NEEDS_RECONNECT,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static ConnectionStatus fromValue(String value) {
        return ApiEnum.fromValue(ConnectionStatus.class, value);
    }
}
