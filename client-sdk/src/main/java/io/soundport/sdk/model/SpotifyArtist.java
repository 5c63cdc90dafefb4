package io.soundport.sdk.model;

import java.util.List;

/**
 * An artist in Spotify's catalog.
 *
 * @param id         Spotify's id of the artist (22 letters and digits)
 * @param name       the name
 * @param genres     the genres Spotify files the artist under, maybe none
 * @param popularity 0 to 100, or null
 * @param followers  how many follow the artist on Spotify, or null
 * @param imageUrl   the artist's picture, or null
 */
public record SpotifyArtist(String id, String name, List<String> genres, Integer popularity, Integer followers,
                            String imageUrl) {
}
