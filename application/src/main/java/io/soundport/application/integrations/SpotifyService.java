package io.soundport.application.integrations;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.Market;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SearchResults;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.SpotifyIds;
import io.soundport.domain.integrations.platform.TimeRange;

import java.util.List;
import java.util.function.Function;

/**
 * Spotify's data as the signed-in user's account sees it, read through their connection ({@link ConnectionService}
 * hands over a working access token, refreshing it as needed): profile, search, tracks and their analytics
 * (popularity and audio features), artists, playlists and listening. CONFLICT without a Spotify connection,
 * RECONNECT_REQUIRED when Spotify refused its grant.
 */
public final class SpotifyService {
    private final ConnectionService connections;
    private final MusicPlatform spotify;

    public SpotifyService(ConnectionService connections, MusicPlatform spotify) {
        this.connections = connections;
        this.spotify = spotify;
    }

    public PlatformProfile profile(Caller caller) {
        return call(caller, spotify::profile);
    }

    public SearchResults search(Caller caller, PlatformSearch search) {
        return call(caller, token -> spotify.search(token, search));
    }

    public PlatformTrack track(Caller caller, SpotifyId id) {
        return call(caller, token -> spotify.track(token, id));
    }

    public List<PlatformTrack> tracks(Caller caller, SpotifyIds ids) {
        return call(caller, token -> spotify.tracks(token, ids));
    }

    /** The track's popularity with its audio features, or the reason Spotify keeps them from this application. */
    public TrackAnalytics analytics(Caller caller, SpotifyId id) {
        return call(caller, token -> new TrackAnalytics(spotify.track(token, id), spotify.audioFeatures(token, id)));
    }

    public PlatformArtist artist(Caller caller, SpotifyId id) {
        return call(caller, token -> spotify.artist(token, id));
    }

    /** {@code market} null: the account's country. */
    public List<PlatformTrack> artistTopTracks(Caller caller, SpotifyId artistId, Market market) {
        return call(caller, token -> spotify.artistTopTracks(token, artistId, market));
    }

    public PlatformPage<PlatformPlaylist> playlists(Caller caller, PlatformPageRequest page) {
        return call(caller, token -> spotify.playlists(token, page));
    }

    public List<PlayedTrack> recentlyPlayed(Caller caller, int limit) {
        int checked = PlatformPageRequest.checkedLimit(limit);
        return call(caller, token -> spotify.recentlyPlayed(token, checked));
    }

    public PlatformPage<PlatformTrack> topTracks(Caller caller, TimeRange range, PlatformPageRequest page) {
        return call(caller, token -> spotify.topTracks(token, range, page));
    }

    public PlatformPage<PlatformArtist> topArtists(Caller caller, TimeRange range, PlatformPageRequest page) {
        return call(caller, token -> spotify.topArtists(token, range, page));
    }

    private <T> T call(Caller caller, Function<String, T> read) {
        return connections.withAccess(caller, Provider.SPOTIFY, read);
    }
}
