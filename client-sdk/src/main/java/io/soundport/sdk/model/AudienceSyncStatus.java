package io.soundport.sdk.model;

/**
 * Where an audience stands with Meta: {@code NEVER_SYNCED} → {@code SYNCING} → {@code SYNCED} or {@code FAILED}; a synced or failed audience may be synced again.
 */
public enum AudienceSyncStatus implements ApiEnum {
    /** Never pushed to Meta. */
    NEVER_SYNCED,
    /** Being pushed: {@code sent} of {@code total} members so far. */
    SYNCING,
    /** On Meta, with every member of the last sync. */
    SYNCED,
    /** The last sync failed; {@code failureReason} says why. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static AudienceSyncStatus fromValue(String value) {
        return ApiEnum.fromValue(AudienceSyncStatus.class, value);
    }
}
