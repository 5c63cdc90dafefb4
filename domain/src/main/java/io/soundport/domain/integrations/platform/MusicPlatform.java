package io.soundport.domain.integrations.platform;

import java.util.List;

/**
 * A streaming platform's data as one user's account sees it (Spotify): their profile, the catalog (search, tracks,
 * audio features, artists and their top tracks), and their listening (playlists, recently played, top items, saved
 * tracks). Every call acts with the user's access token, which the application takes from their connection; it is
 * never logged nor put in a message.
 *
 * <p>Failures: an access token the platform no longer takes is a
 * {@link io.soundport.domain.integrations.GrantRefusedException} (the application refreshes once, then marks the
 * connection to be connected again); an id the platform does not know is NOT_FOUND; a grant lacking the scope a call
 * needs is AUTHORIZATION_ERROR naming the scope; the platform failing, timing out or answering what cannot be read
 * is INTEGRATION_ERROR naming it; SERVICE_UNAVAILABLE with a retry-after when it is known to be down (an open circuit
 * breaker) or asks to wait longer than is worth waiting in a request. Audio features kept from this application are
 * an outcome, {@link AudioFeaturesUnavailable#NOT_AVAILABLE_FOR_APPLICATION}, not an error.
 */
public interface MusicPlatform {
    /** The account the token acts for. */
    PlatformProfile profile(String accessToken);

    /** A page of each type the search asks for. */
    SearchResults search(String accessToken, PlatformSearch search);

    /** That track; NOT_FOUND when the platform does not know it. */
    PlatformTrack track(String accessToken, SpotifyId id);

    /** The tracks of those ids, in the order asked; an id the platform does not know is left out. */
    List<PlatformTrack> tracks(String accessToken, SpotifyIds ids);

    /** The track's audio features, or why they are not available; NOT_FOUND for a track the platform does not know. */
    AudioFeaturesOutcome audioFeatures(String accessToken, SpotifyId trackId);

    /** That artist; NOT_FOUND when the platform does not know them. */
    PlatformArtist artist(String accessToken, SpotifyId id);

    /**
     * The artist's most popular tracks (up to 10) in {@code market}, or in the account's country when it is null;
     * NOT_FOUND for an artist the platform does not know.
     */
    List<PlatformTrack> artistTopTracks(String accessToken, SpotifyId artistId, Market market);

    /** The playlists the account owns or follows. */
    PlatformPage<PlatformPlaylist> playlists(String accessToken, PlatformPageRequest page);

    /**
     * The tracks the account played last, newest first: {@code limit} 1 to {@value PlatformPageRequest#MAX_LIMIT}
     * (else VALIDATION_ERROR on {@code limit}).
     */
    List<PlayedTrack> recentlyPlayed(String accessToken, int limit);

    /** The account's most listened tracks over {@code range}, most first. */
    PlatformPage<PlatformTrack> topTracks(String accessToken, TimeRange range, PlatformPageRequest page);

    /** The account's most listened artists over {@code range}, most first. */
    PlatformPage<PlatformArtist> topArtists(String accessToken, TimeRange range, PlatformPageRequest page);

    /** The tracks saved in the account's library, last saved first. */
    PlatformPage<SavedTrack> savedTracks(String accessToken, PlatformPageRequest page);
}
