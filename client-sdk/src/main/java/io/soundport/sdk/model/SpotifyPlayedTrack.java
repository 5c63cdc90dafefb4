package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A track the account played.
 *
 * @param track    the track
 * @param playedAt when it was played
 */
public record SpotifyPlayedTrack(SpotifyTrack track, Instant playedAt) {
}
