package io.soundport.sdk.model;

/**
 * An artist as a track or an album credits them.
 *
 * @param id   Spotify's id of the artist (22 letters and digits)
 * @param name the artist's name
 */
public record SpotifyArtistRef(String id, String name) {
}
