package io.soundport.domain.integrations.platform;

/** Why the platform answered no audio features for a track it knows. */
public enum AudioFeaturesUnavailable implements AudioFeaturesOutcome {
    /** The platform does not give audio features to this application (Spotify: apps registered after 27 Nov 2024). */
    NOT_AVAILABLE_FOR_APPLICATION
}
