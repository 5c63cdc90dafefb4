package io.soundport.domain.integrations.platform;

/**
 * What the platform answers when asked for a track's audio features: the {@link AudioFeatures}, or
 * {@link AudioFeaturesUnavailable} when it keeps them from this application. Spotify stopped answering them to
 * applications registered after 27 November 2024; that is an outcome, not an error.
 */
public sealed interface AudioFeaturesOutcome permits AudioFeatures, AudioFeaturesUnavailable {
}
