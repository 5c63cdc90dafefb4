package io.soundport.sdk.model;

/** What a delivery carries: the release itself, or the request to take it down. */
public enum DeliveryKind implements ApiEnum {
    /** The release's package. */
    DELIVERY,
    /** The request to take the release down. */
    TAKEDOWN,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static DeliveryKind fromValue(String value) {
        return ApiEnum.fromValue(DeliveryKind.class, value);
    }
}
