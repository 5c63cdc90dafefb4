package io.soundport.sdk.event;

/**
 * The artist an {@code artist.*} event is about, as it is after the change (for {@code artist.deleted}, as it was).
 *
 * @param id            the artist's id ({@code art_...})
 * @param name          the name
 * @param musicbrainzId the MusicBrainz id, or null
 * @param spotifyId     the Spotify id, or null
 * @param workflowDepth how many workflow rules led to the event
 */
public record ArtistData(String id, String name, String musicbrainzId, String spotifyId, int workflowDepth)
        implements EventData {
}
