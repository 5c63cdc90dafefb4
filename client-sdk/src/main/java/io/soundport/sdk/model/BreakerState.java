package io.soundport.sdk.model;

/** The state of a gateway instance's circuit breaker. */
public enum BreakerState implements ApiEnum {
    /** Calls go through. */
    CLOSED,
    /** Recent calls failed: the instance is skipped until the breaker lets a trial call through. */
    OPEN,
    /** A trial call goes through; its outcome closes or opens the breaker again. */
    HALF_OPEN,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static BreakerState fromValue(String value) {
        return ApiEnum.fromValue(BreakerState.class, value);
    }
}
