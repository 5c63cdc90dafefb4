package io.soundport.sdk.model;

/**
 * Where a campaign stands: {@code DRAFT} → {@code ACTIVE} (launched) ↔ {@code PAUSED} → {@code COMPLETED} (its end
 * date passed or its budget is spent); {@code DRAFT}, {@code PAUSED} or {@code COMPLETED} → {@code ARCHIVED}.
 */
public enum CampaignStatus implements ApiEnum {
    /** Being prepared; changes freely. */
    DRAFT,
    /** Running (on Meta too when it names an ad account). */
    ACTIVE,
    /** Launched, then paused; launched again to resume. */
    PAUSED,
    /** Over: its end date passed or its budget is spent. */
    COMPLETED,
    /** Put away; it no longer changes. */
    ARCHIVED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static CampaignStatus fromValue(String value) {
        return ApiEnum.fromValue(CampaignStatus.class, value);
    }
}
