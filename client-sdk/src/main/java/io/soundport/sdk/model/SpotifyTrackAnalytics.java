package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A track's popularity and audio features. Spotify keeps audio features from applications registered after
 * 27 November 2024: for those {@link #featuresStatus()} is
 * {@link SpotifyFeaturesStatus#NOT_AVAILABLE_FOR_APPLICATION} and {@link #features()} null, while the popularity is
 * always there.
 *
 * @param trackId             Spotify's id of the track
 * @param name                the track's title
 * @param popularity          0 to 100, or null when Spotify gave none
 * @param featuresStatusValue whether the features are there, as sent; {@link #featuresStatus()} reads it as an enum
 * @param features            the audio features, or null when they are not available
 */
public record SpotifyTrackAnalytics(String trackId, String name, Integer popularity,
                                    @JsonProperty("features_status") String featuresStatusValue,
                                    SpotifyAudioFeatures features) {
    /**
     * Whether the audio features are there.
     *
     * @return the status, {@link SpotifyFeaturesStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #featuresStatusValue()})
     */
    public SpotifyFeaturesStatus featuresStatus() {
        return SpotifyFeaturesStatus.fromValue(featuresStatusValue);
    }
}
