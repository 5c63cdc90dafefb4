package io.soundport.domain.integrations.platform;

import java.util.Objects;

/**
 * A track's audio features as the platform measures them. {@code danceability}, {@code energy},
 * {@code speechiness}, {@code acousticness}, {@code instrumentalness}, {@code liveness} and {@code valence} run from 0
 * to 1; {@code key} is the pitch class (0 = C … 11 = B, -1 when none was found), {@code mode} 1 major and 0 minor,
 * {@code loudness} in dB (mostly -60 to 0), {@code tempo} in beats per minute, {@code timeSignature} the beats per
 * bar (3 to 7), {@code durationMs} the length.
 */
public record AudioFeatures(SpotifyId trackId, double danceability, double energy, int key, double loudness, int mode,
                            double speechiness, double acousticness, double instrumentalness, double liveness,
                            double valence, double tempo, int timeSignature, long durationMs)
        implements AudioFeaturesOutcome {
    public AudioFeatures {
        Objects.requireNonNull(trackId, "trackId");
    }
}
