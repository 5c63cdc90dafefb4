package io.soundport.sdk.model;

/**
 * Whether Spotify gave a track's audio features to this server's Spotify application: it keeps them from
 * applications registered after 27 November 2024.
 */
public enum SpotifyFeaturesStatus implements ApiEnum {
    /** The features are there. */
    AVAILABLE,
    /** Spotify does not give audio features to this application: the features are null, the popularity is there. */
    NOT_AVAILABLE_FOR_APPLICATION,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static SpotifyFeaturesStatus fromValue(String value) {
        return ApiEnum.fromValue(SpotifyFeaturesStatus.class, value);
    }
}
