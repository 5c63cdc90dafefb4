package io.soundport.sdk.model;

/** An organization's plan; it sets how many requests an hour its callers may make. */
public enum Tier implements ApiEnum {
    /** 100 requests an hour. */
    FREE,
    /** 1,000 requests an hour. */
    STARTER,
    /** 10,000 requests an hour. */
    PROFESSIONAL,
    /** 100,000 requests an hour. */
    ENTERPRISE,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static Tier fromValue(String value) {
        return ApiEnum.fromValue(Tier.class, value);
    }
}
