package io.soundport.sdk.model;

/**
 * What an audience is: a list of people the organization adds, or the people Meta finds like them.
 */
public enum AudienceType implements ApiEnum {
    /** People the organization adds, by e-mail or phone (kept as hashes). */
    CUSTOM,
    /** The people of a country closest to a custom audience's, found by Meta. */
    LOOKALIKE,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static AudienceType fromValue(String value) {
        return ApiEnum.fromValue(AudienceType.class, value);
    }
}
