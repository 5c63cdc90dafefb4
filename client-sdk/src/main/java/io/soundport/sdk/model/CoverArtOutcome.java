package io.soundport.sdk.model;

/**
 * What became of a release's front cover on an import that asked for it ({@code Cover-Art}). The import never fails
 * for its cover: whatever this says, the release was imported.
 */
public enum CoverArtOutcome implements ApiEnum {
    /** The Cover Art Archive's front cover is the release's artwork now. */
    STORED,
    /** The archive has no front cover of the release. */
    NOT_FOUND,
    /** The archive's cover is not what artwork must be (JPEG or PNG, square, at least 1400 px a side). */
    REFUSED,
    /** The archive failed or could not be reached, or the cover could not be stored. */
    FAILED,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static CoverArtOutcome fromValue(String value) {
        return ApiEnum.fromValue(CoverArtOutcome.class, value);
    }
}
