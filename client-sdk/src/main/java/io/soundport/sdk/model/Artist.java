package io.soundport.sdk.model;

import java.time.Instant;

/**
 * An artist of the catalog.
 *
 * @param id            the artist's id
 * @param name          the name
 * @param musicbrainzId a MusicBrainz artist id, or null
 * @param spotifyId     a Spotify artist id, or null
 * @param createdAt     when it was created
 * @param updatedAt     when it last changed
 * @param version       its version, for {@code If-Match}
 */
public record Artist(String id, String name, String musicbrainzId, String spotifyId, Instant createdAt,
                     Instant updatedAt, long version) {
}
