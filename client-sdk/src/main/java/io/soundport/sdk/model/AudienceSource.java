package io.soundport.sdk.model;

/**
 * Where a custom audience's people come from, as Meta's {@code customer_file_source} names it.
 */
public enum AudienceSource implements ApiEnum {
    /** Collected by the organization from its own customers. */
    USER_PROVIDED_ONLY,
    /** Provided by a partner. */
    PARTNER_PROVIDED_ONLY,
    /** Both. */
    BOTH_USER_AND_PARTNER_PROVIDED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static AudienceSource fromValue(String value) {
        return ApiEnum.fromValue(AudienceSource.class, value);
    }
}
