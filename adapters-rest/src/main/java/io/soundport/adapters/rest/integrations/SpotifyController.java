package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.integrations.SpotifyViews.AlbumView;
import io.soundport.adapters.rest.integrations.SpotifyViews.AnalyticsView;
import io.soundport.adapters.rest.integrations.SpotifyViews.ArtistView;
import io.soundport.adapters.rest.integrations.SpotifyViews.PlayedList;
import io.soundport.adapters.rest.integrations.SpotifyViews.PlayedView;
import io.soundport.adapters.rest.integrations.SpotifyViews.PlaylistView;
import io.soundport.adapters.rest.integrations.SpotifyViews.ProfileView;
import io.soundport.adapters.rest.integrations.SpotifyViews.SearchView;
import io.soundport.adapters.rest.integrations.SpotifyViews.SpotifyPage;
import io.soundport.adapters.rest.integrations.SpotifyViews.TrackList;
import io.soundport.adapters.rest.integrations.SpotifyViews.TrackView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.integrations.SpotifyService;
import io.soundport.domain.integrations.platform.Market;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.SearchResults;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.SpotifyIds;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * Spotify's Web API through the signed-in user's Spotify connection: 409 CONFLICT without one (connect it at
 * {@code /auth/spotify/connect}), 409 RECONNECT_REQUIRED when Spotify refused its grant.
 */
@Controller(SoundportApi.BASE + "/spotify")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "spotify")
@ApiDocs.Authenticated
@ApiDocs.OutsideCall
@ApiDocs.NeedsConnection
public final class SpotifyController {
    private static final String LIMIT = "1 to 50 (20)";
    private static final String OFFSET = "items to skip (0)";
    private static final String TIME_RANGE = "short_term (about 4 weeks), medium_term (about 6 months, the default) "
            + "or long_term (about a year)";

    private static final Map<String, String> SEARCH_PARAMETERS = Map.of("query", "q", "types", "type");

    private final SpotifyService spotify;
    private final Callers callers;

    public SpotifyController(SpotifyService spotify, Callers callers) {
        this.spotify = spotify;
        this.callers = callers;
    }

    @Get("/profile")
    @Operation(operationId = "getSpotifyProfile", summary = "The connected Spotify account")
    public ProfileView profile(HttpRequest<?> request) {
        return ProfileView.of(spotify.profile(callers.of(request)));
    }

    @Get("/search")
    @Operation(operationId = "searchSpotify", summary = "Search Spotify's catalog: tracks, artists, albums")
    public SearchView search(HttpRequest<?> request,
                             @Nullable @Parameter(description = "words to look for") @QueryValue String q,
                             @Nullable @Parameter(description = "track, artist and/or album, comma-separated (track)")
                             @QueryValue String type,
                             @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                             @Nullable @Parameter(description = "0 to 1000 (0)") @QueryValue Integer offset,
                             @Nullable @Parameter(description = "an ISO 3166-1 country: only what plays there")
                             @QueryValue String market) {
        SearchResults results = spotify.search(callers.of(request), searchOf(q, type, limit, offset, market));
        return new SearchView(results.tracks() == null ? null : SpotifyPage.of(results.tracks(), TrackView::of),
                results.artists() == null ? null : SpotifyPage.of(results.artists(), ArtistView::of),
                results.albums() == null ? null : SpotifyPage.of(results.albums(), AlbumView::of));
    }

    /**
     * The search as asked, its refusals naming the parameters as Spotify's own API does ({@code q}, {@code type})
     * where the core says {@code query} and {@code types}.
     */
    private static PlatformSearch searchOf(String q, String type, Integer limit, Integer offset, String market) {
        try {
            return PlatformSearch.of(q, type == null ? "track" : type, limit, offset, market);
        } catch (DomainException invalid) {
            List<FieldError> renamed = invalid.details().stream()
                    .map(e -> new FieldError(SEARCH_PARAMETERS.getOrDefault(e.field(), e.field()), e.message()))
                    .toList();
            throw renamed.isEmpty() ? invalid : DomainException.invalid(renamed);
        }
    }

    @Get("/tracks")
    @ApiDocs.NotFound
    @Operation(operationId = "listSpotifyTracks", summary = "Several Spotify tracks, in the order asked",
            description = "Ids Spotify does not know are left out.")
    public TrackList tracks(HttpRequest<?> request,
                            @Nullable @Parameter(description = "up to 50 Spotify track ids, comma-separated")
                            @QueryValue String ids) {
        return TrackList.of(spotify.tracks(callers.of(request), SpotifyIds.parse(ids)));
    }

    @Get("/tracks/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getSpotifyTrack", summary = "A Spotify track, with its ISRC")
    public TrackView track(HttpRequest<?> request, @PathVariable String id) {
        return TrackView.of(spotify.track(callers.of(request), SpotifyId.of(id)));
    }

    @Get("/tracks/{id}/analytics")
    @ApiDocs.NotFound
    @Operation(operationId = "getSpotifyTrackAnalytics", summary = "A track's popularity and audio features",
            description = "Spotify keeps audio features from applications registered after 27 November 2024: "
                    + "`features_status` is then NOT_AVAILABLE_FOR_APPLICATION and `features` null; the popularity "
                    + "is always there.")
    public AnalyticsView analytics(HttpRequest<?> request, @PathVariable String id) {
        return AnalyticsView.of(spotify.analytics(callers.of(request), SpotifyId.of(id)));
    }

    @Get("/artists/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getSpotifyArtist", summary = "A Spotify artist")
    public ArtistView artist(HttpRequest<?> request, @PathVariable String id) {
        return ArtistView.of(spotify.artist(callers.of(request), SpotifyId.of(id)));
    }

    @Get("/artists/{id}/top-tracks")
    @ApiDocs.NotFound
    @Operation(operationId = "listSpotifyArtistTopTracks", summary = "An artist's most popular tracks (up to 10)")
    public TrackList artistTopTracks(HttpRequest<?> request, @PathVariable String id,
                                     @Nullable @Parameter(description = "an ISO 3166-1 country (the account's)")
                                     @QueryValue String market) {
        return TrackList.of(spotify.artistTopTracks(callers.of(request), SpotifyId.of(id),
                Market.ofNullable(market)));
    }

    @Get("/playlists")
    @Operation(operationId = "listSpotifyPlaylists", summary = "The playlists the account owns or follows")
    public SpotifyPage<PlaylistView> playlists(HttpRequest<?> request,
                                               @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                               @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        return SpotifyPage.of(spotify.playlists(callers.of(request), PlatformPageRequest.of(limit, offset)),
                PlaylistView::of);
    }

    @Get("/recently-played")
    @Operation(operationId = "listSpotifyRecentlyPlayed", summary = "What the account played last, newest first")
    public PlayedList recentlyPlayed(HttpRequest<?> request,
                                     @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit) {
        return new PlayedList(spotify.recentlyPlayed(callers.of(request),
                limit == null ? PlatformPageRequest.DEFAULT_LIMIT : limit).stream().map(PlayedView::of).toList());
    }

    @Get("/top/tracks")
    @Operation(operationId = "listSpotifyTopTracks", summary = "The account's most listened tracks, most first")
    public SpotifyPage<TrackView> topTracks(HttpRequest<?> request,
                                            @Nullable @Parameter(description = TIME_RANGE) @QueryValue("time_range")
                                            String timeRange,
                                            @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                            @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        return SpotifyPage.of(spotify.topTracks(callers.of(request), TimeRange.of(timeRange),
                PlatformPageRequest.of(limit, offset)), TrackView::of);
    }

    @Get("/top/artists")
    @Operation(operationId = "listSpotifyTopArtists", summary = "The account's most listened artists, most first")
    public SpotifyPage<ArtistView> topArtists(HttpRequest<?> request,
                                              @Nullable @Parameter(description = TIME_RANGE) @QueryValue("time_range")
                                              String timeRange,
                                              @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                              @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        return SpotifyPage.of(spotify.topArtists(callers.of(request), TimeRange.of(timeRange),
                PlatformPageRequest.of(limit, offset)), ArtistView::of);
    }
}
