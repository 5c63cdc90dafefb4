package io.soundport.sdk.model;

import java.util.List;

/**
 * An album in Spotify's catalog. Any field but the name and the artists may be null.
 *
 * @param id          Spotify's id of the album (22 letters and digits)
 * @param name        the title
 * @param albumType   {@code album}, {@code single} or {@code compilation}
 * @param artists     the album's artists
 * @param releaseDate as precise as Spotify knows it: {@code 2012}, {@code 2012-06} or {@code 2012-06-11}
 * @param totalTracks how many tracks it has
 * @param imageUrl    its cover
 */
public record SpotifyAlbum(String id, String name, String albumType, List<SpotifyArtistRef> artists,
                           String releaseDate, Integer totalTracks, String imageUrl) {
}
