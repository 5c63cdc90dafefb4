package io.soundport.sdk.model;

/** An organization's standing: {@code ACTIVE}, or {@code SUSPENDED} by a platform operator (its calls are refused). */
public enum OrganizationStatus implements ApiEnum {
    /** Its callers are served. */
    ACTIVE,
    /** Every call that acts for it answers 403 {@code ORGANIZATION_SUSPENDED} until an operator reinstates it. */
    SUSPENDED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static OrganizationStatus fromValue(String value) {
        return ApiEnum.fromValue(OrganizationStatus.class, value);
    }
}
