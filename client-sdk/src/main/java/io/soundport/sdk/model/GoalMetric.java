package io.soundport.sdk.model;

/** What a campaign's goal counts, as the ad platform's insights report it. */
public enum GoalMetric implements ApiEnum {
    /** Times the ads were shown. */
    IMPRESSIONS,
    /** People who saw the ads. */
    REACH,
    /** Clicks on the ads. */
    CLICKS,
    /** Conversions the ads led to. */
    CONVERSIONS,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static GoalMetric fromValue(String value) {
        return ApiEnum.fromValue(GoalMetric.class, value);
    }
}
