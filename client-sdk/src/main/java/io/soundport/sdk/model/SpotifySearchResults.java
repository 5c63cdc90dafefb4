package io.soundport.sdk.model;

import io.soundport.sdk.SearchPage;

/**
 * What a Spotify search found: a page of each type it asked for, best match first; the page of a type it did not ask
 * for is null.
 *
 * @param tracks  the tracks found, or null when the search did not look for tracks
 * @param artists the artists found, or null when it did not look for artists
 * @param albums  the albums found, or null when it did not look for albums
 */
public record SpotifySearchResults(SearchPage<SpotifyTrack> tracks, SearchPage<SpotifyArtist> artists,
                                   SearchPage<SpotifyAlbum> albums) {
}
