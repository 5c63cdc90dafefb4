package io.soundport.sdk.model;

/**
 * Spotify's audio analysis of a track. The measures from 0.0 to 1.0 say how much of it the track has.
 *
 * @param danceability     how suitable for dancing, 0.0 to 1.0
 * @param energy           how intense and active, 0.0 to 1.0
 * @param key              the pitch class (0 C, 1 C♯/D♭, ... 11 B), -1 when none was detected
 * @param loudness         the average loudness in decibels, typically -60 to 0
 * @param mode             1 major, 0 minor
 * @param speechiness      how much spoken word, 0.0 to 1.0
 * @param acousticness     how sure Spotify is that it is acoustic, 0.0 to 1.0
 * @param instrumentalness how sure Spotify is that it has no vocals, 0.0 to 1.0
 * @param liveness         how sure Spotify is that it was performed live, 0.0 to 1.0
 * @param valence          how positive it sounds, 0.0 to 1.0
 * @param tempo            the estimated tempo in beats per minute
 * @param timeSignature    the estimated beats per bar, 3 to 7
 */
public record SpotifyAudioFeatures(double danceability, double energy, int key, double loudness, int mode,
                                   double speechiness, double acousticness, double instrumentalness, double liveness,
                                   double valence, double tempo, int timeSignature) {
}
