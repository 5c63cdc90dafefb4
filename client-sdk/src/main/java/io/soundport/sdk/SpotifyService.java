package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.SpotifyArtist;
import io.soundport.sdk.model.SpotifyPlayedTrack;
import io.soundport.sdk.model.SpotifyPlaylist;
import io.soundport.sdk.model.SpotifyProfile;
import io.soundport.sdk.model.SpotifySearchResults;
import io.soundport.sdk.model.SpotifyTrack;
import io.soundport.sdk.model.SpotifyTrackAnalytics;
import io.soundport.sdk.param.SpotifyPageParams;
import io.soundport.sdk.param.SpotifySearchParams;
import io.soundport.sdk.param.SpotifySearchType;
import io.soundport.sdk.param.SpotifyTopParams;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static io.soundport.sdk.Transport.Call;

/**
 * Spotify's catalog and the signed-in user's listening, read through their Spotify connection (connect it with
 * {@code integrations().connect(IntegrationProvider.SPOTIFY)}). Reached through {@link SoundportClient#spotify()}. A
 * connection is a person's own: these methods need a client signed in as a user, and throw
 * {@link PermissionException} for an API key. Pages come by offset, as Spotify pages: ask for the next one with an
 * offset of {@code offset() + data().size()} while {@link SearchPage#hasMore()}.
 * <p>Every method may throw {@link ConflictException} (409 {@code CONFLICT}) when the user has no Spotify connection,
 * {@link ReconnectRequiredException} when Spotify refused its grant (revoked, expired: connect again),
 * {@link IntegrationException} when Spotify failed, and {@link ServiceUnavailableException} when it is down or too
 * busy; and the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class SpotifyService {
    /** The most ids one request for several tracks takes. */
    private static final int MAX_IDS = 50;

    private final Transport transport;

    SpotifyService(Transport transport) {
        this.transport = transport;
    }

    /**
     * The Spotify account of the user's connection.
     *
     * @return the account
     */
    public SpotifyProfile profile() {
        return profile(RequestOptions.none());
    }

    /**
     * The Spotify account of the user's connection.
     *
     * @param options a deadline
     * @return the account
     */
    public SpotifyProfile profile(RequestOptions options) {
        return transport.send(Call.get("spotify", "profile").options(options), SpotifyProfile.class);
    }

    /**
     * Searches Spotify's catalog, best match first: a page of each type asked for.
     *
     * @param params the words, the types, the page and the market
     * @return the pages found; the page of a type not asked for is null
     * @throws ValidationException when the server refuses the query
     */
    public SpotifySearchResults search(SpotifySearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Searches Spotify's catalog, best match first: a page of each type asked for.
     *
     * @param params  the words, the types, the page and the market
     * @param options a deadline
     * @return the pages found; the page of a type not asked for is null
     * @throws ValidationException when the server refuses the query
     */
    public SpotifySearchResults search(SpotifySearchParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        String types = params.types() == null ? null
                : params.types().stream().map(SpotifySearchType::value).collect(Collectors.joining(","));
        return transport.send(Call.get("spotify", "search").param("q", params.query()).param("type", types)
                .param("limit", params.limit()).param("offset", params.offset()).param("market", params.market())
                .options(options), SpotifySearchResults.class);
    }

    /**
     * Several Spotify tracks, in the order asked; ids Spotify does not know are left out.
     *
     * @param ids 1 to 50 Spotify track ids (22 letters and digits); repeats are answered twice
     * @return the tracks Spotify knows
     * @throws IllegalArgumentException when there are no ids or more than 50, or one is null, blank or holds a comma
     * @throws ValidationException      when an id is no Spotify id
     */
    public List<SpotifyTrack> tracks(List<String> ids) {
        return tracks(ids, RequestOptions.none());
    }

    /**
     * Several Spotify tracks, in the order asked; ids Spotify does not know are left out.
     *
     * @param ids     1 to 50 Spotify track ids (22 letters and digits); repeats are answered twice
     * @param options a deadline
     * @return the tracks Spotify knows
     * @throws IllegalArgumentException when there are no ids or more than 50, or one is null, blank or holds a comma
     * @throws ValidationException      when an id is no Spotify id
     */
    public List<SpotifyTrack> tracks(List<String> ids, RequestOptions options) {
        return transport.data(Call.get("spotify", "tracks").param("ids", joined(ids)).options(options),
                SpotifyTrack.class);
    }

    /**
     * A Spotify track, with its ISRC.
     *
     * @param id Spotify's id of the track (22 letters and digits)
     * @return the track
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyTrack track(String id) {
        return track(id, RequestOptions.none());
    }

    /**
     * A Spotify track, with its ISRC.
     *
     * @param id      Spotify's id of the track (22 letters and digits)
     * @param options a deadline
     * @return the track
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyTrack track(String id, RequestOptions options) {
        return transport.send(Call.get("spotify", "tracks", id).options(options), SpotifyTrack.class);
    }

    /**
     * A track's popularity and audio features. Spotify keeps audio features from applications registered after
     * 27 November 2024: the answer then says {@code NOT_AVAILABLE_FOR_APPLICATION} and has no features.
     *
     * @param id Spotify's id of the track (22 letters and digits)
     * @return the track's analytics
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyTrackAnalytics trackAnalytics(String id) {
        return trackAnalytics(id, RequestOptions.none());
    }

    /**
     * A track's popularity and audio features. Spotify keeps audio features from applications registered after
     * 27 November 2024: the answer then says {@code NOT_AVAILABLE_FOR_APPLICATION} and has no features.
     *
     * @param id      Spotify's id of the track (22 letters and digits)
     * @param options a deadline
     * @return the track's analytics
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyTrackAnalytics trackAnalytics(String id, RequestOptions options) {
        return transport.send(Call.get("spotify", "tracks", id, "analytics").options(options),
                SpotifyTrackAnalytics.class);
    }

    /**
     * A Spotify artist.
     *
     * @param id Spotify's id of the artist (22 letters and digits)
     * @return the artist
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyArtist artist(String id) {
        return artist(id, RequestOptions.none());
    }

    /**
     * A Spotify artist.
     *
     * @param id      Spotify's id of the artist (22 letters and digits)
     * @param options a deadline
     * @return the artist
     * @throws NotFoundException   when Spotify does not know it
     * @throws ValidationException when the id is no Spotify id
     */
    public SpotifyArtist artist(String id, RequestOptions options) {
        return transport.send(Call.get("spotify", "artists", id).options(options), SpotifyArtist.class);
    }

    /**
     * An artist's most popular tracks (up to 10) in the country of the user's Spotify account.
     *
     * @param id Spotify's id of the artist (22 letters and digits)
     * @return the tracks, most popular first
     * @throws NotFoundException   when Spotify does not know the artist
     * @throws ValidationException when the id is no Spotify id
     */
    public List<SpotifyTrack> artistTopTracks(String id) {
        return artistTopTracks(id, null, RequestOptions.none());
    }

    /**
     * An artist's most popular tracks (up to 10) in a country.
     *
     * @param id     Spotify's id of the artist (22 letters and digits)
     * @param market an ISO 3166-1 alpha-2 country such as {@code SE}; null for the account's
     * @return the tracks, most popular first
     * @throws NotFoundException   when Spotify does not know the artist
     * @throws ValidationException when the id is no Spotify id or the market no country
     */
    public List<SpotifyTrack> artistTopTracks(String id, String market) {
        return artistTopTracks(id, market, RequestOptions.none());
    }

    /**
     * An artist's most popular tracks (up to 10) in a country.
     *
     * @param id      Spotify's id of the artist (22 letters and digits)
     * @param market  an ISO 3166-1 alpha-2 country such as {@code SE}; null for the account's
     * @param options a deadline
     * @return the tracks, most popular first
     * @throws NotFoundException   when Spotify does not know the artist
     * @throws ValidationException when the id is no Spotify id or the market no country
     */
    public List<SpotifyTrack> artistTopTracks(String id, String market, RequestOptions options) {
        return transport.data(Call.get("spotify", "artists", id, "top-tracks").param("market", market)
                .options(options), SpotifyTrack.class);
    }

    /**
     * The first 20 playlists the account owns or follows.
     *
     * @return the first page
     */
    public SearchPage<SpotifyPlaylist> playlists() {
        return playlists(SpotifyPageParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the playlists the account owns or follows.
     *
     * @param params limit and offset
     * @return the page
     */
    public SearchPage<SpotifyPlaylist> playlists(SpotifyPageParams params) {
        return playlists(params, RequestOptions.none());
    }

    /**
     * A page of the playlists the account owns or follows.
     *
     * @param params  limit and offset
     * @param options a deadline
     * @return the page
     */
    public SearchPage<SpotifyPlaylist> playlists(SpotifyPageParams params, RequestOptions options) {
        return transport.searchPage(Call.get("spotify", "playlists").query(params).options(options),
                SpotifyPlaylist.class);
    }

    /**
     * The last 20 tracks the account played, newest first.
     *
     * @return the plays
     */
    public List<SpotifyPlayedTrack> recentlyPlayed() {
        return played(null, RequestOptions.none());
    }

    /**
     * The last tracks the account played, newest first.
     *
     * @param limit how many, 1 to 50
     * @return the plays
     * @throws IllegalArgumentException when the limit is out of its range
     */
    public List<SpotifyPlayedTrack> recentlyPlayed(int limit) {
        return recentlyPlayed(limit, RequestOptions.none());
    }

    /**
     * The last tracks the account played, newest first.
     *
     * @param limit   how many, 1 to 50
     * @param options a deadline
     * @return the plays
     * @throws IllegalArgumentException when the limit is out of its range
     */
    public List<SpotifyPlayedTrack> recentlyPlayed(int limit, RequestOptions options) {
        return played(limit, options);
    }

    private List<SpotifyPlayedTrack> played(Integer limit, RequestOptions options) {
        // the same bounds as a page of the account's lists, and the same refusal
        SpotifyPageParams page = SpotifyPageParams.builder().limit(limit).build();
        return transport.data(Call.get("spotify", "recently-played").param("limit", page.limit()).options(options),
                SpotifyPlayedTrack.class);
    }

    /**
     * The account's 20 most listened tracks of about the last six months, most first.
     *
     * @return the first page
     */
    public SearchPage<SpotifyTrack> topTracks() {
        return topTracks(SpotifyTopParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the account's most listened tracks, most first.
     *
     * @param params the time range, limit and offset
     * @return the page
     */
    public SearchPage<SpotifyTrack> topTracks(SpotifyTopParams params) {
        return topTracks(params, RequestOptions.none());
    }

    /**
     * A page of the account's most listened tracks, most first.
     *
     * @param params  the time range, limit and offset
     * @param options a deadline
     * @return the page
     */
    public SearchPage<SpotifyTrack> topTracks(SpotifyTopParams params, RequestOptions options) {
        return transport.searchPage(Call.get("spotify", "top", "tracks").query(params).options(options),
                SpotifyTrack.class);
    }

    /**
     * The account's 20 most listened artists of about the last six months, most first.
     *
     * @return the first page
     */
    public SearchPage<SpotifyArtist> topArtists() {
        return topArtists(SpotifyTopParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the account's most listened artists, most first.
     *
     * @param params the time range, limit and offset
     * @return the page
     */
    public SearchPage<SpotifyArtist> topArtists(SpotifyTopParams params) {
        return topArtists(params, RequestOptions.none());
    }

    /**
     * A page of the account's most listened artists, most first.
     *
     * @param params  the time range, limit and offset
     * @param options a deadline
     * @return the page
     */
    public SearchPage<SpotifyArtist> topArtists(SpotifyTopParams params, RequestOptions options) {
        return transport.searchPage(Call.get("spotify", "top", "artists").query(params).options(options),
                SpotifyArtist.class);
    }

    /** The ids as the server reads them, comma-separated; refused here when no list of them could be right. */
    private static String joined(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("ids must name 1 to " + MAX_IDS + " Spotify track ids, was "
                    + (ids == null ? "null" : ids.size()));
        }
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException("an id must not be null, blank or hold a comma, was: " + id);
            }
        }
        return ids.stream().map(String::strip).collect(Collectors.joining(","));
    }
}
