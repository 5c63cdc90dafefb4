package io.soundport.sdk.model;

/** A Meta campaign's status as it was set; only ACTIVE and PAUSED may be set through Soundport. */
public enum MetaCampaignStatus implements ApiEnum {
    /** Running (when its ad sets and ads are). */
    ACTIVE,
    /** Paused: nothing is spent. */
    PAUSED,
    /** Deleted at Meta. */
    DELETED,
    /** Archived at Meta. */
    ARCHIVED,
    /** A status the server does not name (one Meta added later). */
    OTHER,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static MetaCampaignStatus fromValue(String value) {
        return ApiEnum.fromValue(MetaCampaignStatus.class, value);
    }
}
