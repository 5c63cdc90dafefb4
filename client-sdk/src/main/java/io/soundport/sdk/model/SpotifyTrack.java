package io.soundport.sdk.model;

import java.util.List;

/**
 * A track in Spotify's catalog.
 *
 * @param id         Spotify's id of the track (22 letters and digits)
 * @param name       the title
 * @param artists    the track's artists
 * @param album      the album it is on, or null
 * @param durationMs its length in milliseconds
 * @param popularity 0 to 100, from how much and how recently it is played; null when Spotify gave none
 * @param explicit   whether it has explicit lyrics
 * @param isrc       its ISRC from Spotify's external ids, or null
 * @param previewUrl a 30-second preview, or null (Spotify gives none to many applications)
 */
public record SpotifyTrack(String id, String name, List<SpotifyArtistRef> artists, SpotifyAlbum album,
                           long durationMs, Integer popularity, boolean explicit, String isrc, String previewUrl) {
}
