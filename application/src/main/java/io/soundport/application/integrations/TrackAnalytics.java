package io.soundport.application.integrations;

import io.soundport.domain.integrations.platform.AudioFeaturesOutcome;
import io.soundport.domain.integrations.platform.PlatformTrack;

/** A track's popularity on the platform, with its audio features or why the platform keeps them from us. */
public record TrackAnalytics(PlatformTrack track, AudioFeaturesOutcome features) {
}
