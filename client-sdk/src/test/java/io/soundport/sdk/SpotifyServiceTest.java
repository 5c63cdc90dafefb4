package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.model.SpotifyAlbum;
import io.soundport.sdk.model.SpotifyArtist;
import io.soundport.sdk.model.SpotifyArtistRef;
import io.soundport.sdk.model.SpotifyAudioFeatures;
import io.soundport.sdk.model.SpotifyFeaturesStatus;
import io.soundport.sdk.model.SpotifyPlayedTrack;
import io.soundport.sdk.model.SpotifyPlaylist;
import io.soundport.sdk.model.SpotifyProfile;
import io.soundport.sdk.model.SpotifySearchResults;
import io.soundport.sdk.model.SpotifyTrack;
import io.soundport.sdk.model.SpotifyTrackAnalytics;
import io.soundport.sdk.param.SpotifyPageParams;
import io.soundport.sdk.param.SpotifySearchParams;
import io.soundport.sdk.param.SpotifySearchType;
import io.soundport.sdk.param.SpotifyTimeRange;
import io.soundport.sdk.param.SpotifyTopParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code client.spotify()} against WireMock: the requests it sends, how it reads the server's answers (the shapes of
 * {@code SpotifyViews}), the errors of a missing or refused connection, and the params it refuses before sending.
 */
class SpotifyServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SPOTIFY = "/api/v1/spotify";
    /** A signed-in user's access token (a JWT without {@code exp}, so the client never renews it). */
    private static final String ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmVk";
    private static final String BRIGHTSIDE = "3n3Ppam7vgaVa1iaRUc9Lp";
    private static final String SOMEBODY = "6PwjJ58I4t7Mae9xfZ9l9v";
    private static final String KILLERS = "0C0XlULifJtAgn6ZNCW2eu";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).tokens(ACCESS, "rt_1")
                .readTimeout(Duration.ofSeconds(5)).retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    private static String error(String code, String message) {
        return Fixtures.error(code, message, "[]", "req_1");
    }

    @Test
    void profile_reads_the_connected_account_with_the_users_token() {
        api.stubFor(get(SPOTIFY + "/profile").willReturn(okJson("""
                {"id":"wizzler","display_name":"JM Wizzler","email":"jm@example.com","country":"SE",
                 "product":"premium","followers":3829,
                 "image_url":"https://i.scdn.co/image/ab6775700000ee85a1b2c3d4e5f6a7b8c9d0e1f2"}
                """)));

        SpotifyProfile profile = client().spotify().profile();

        assertThat(profile).isEqualTo(new SpotifyProfile("wizzler", "JM Wizzler", "jm@example.com", "SE", "premium",
                3829, "https://i.scdn.co/image/ab6775700000ee85a1b2c3d4e5f6a7b8c9d0e1f2"));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/profile"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)));
    }

    @Test
    void profile_reads_a_sparse_account_as_nulls() {
        api.stubFor(get(SPOTIFY + "/profile").willReturn(okJson("""
                {"id":"wizzler","display_name":null,"email":null,"country":null,"product":null,"followers":null,
                 "image_url":null}
                """)));

        assertThat(client().spotify().profile())
                .isEqualTo(new SpotifyProfile("wizzler", null, null, null, null, null, null));
    }

    @Test
    void search_sends_the_words_types_page_and_market_and_reads_a_page_per_type_asked_for() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/search")).willReturn(okJson("""
                {"tracks":%s,"artists":%s,"albums":null}
                """.formatted(Fixtures.spotifyPage(Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274"),
                        214, 10, 1, true),
                Fixtures.spotifyPage(Fixtures.spotifyArtist(KILLERS, "The Killers"), 1, 10, 1, false)))));

        SpotifySearchResults found = client().spotify().search(SpotifySearchParams.builder("artist:Killers year:2004")
                .types(SpotifySearchType.ARTIST, SpotifySearchType.TRACK).limit(1).offset(10).market(" se ").build());

        api.verify(getRequestedFor(urlPathEqualTo(SPOTIFY + "/search"))
                .withQueryParam("q", equalTo("artist:Killers year:2004"))
                .withQueryParam("type", equalTo("track,artist"))
                .withQueryParam("limit", equalTo("1"))
                .withQueryParam("offset", equalTo("10"))
                .withQueryParam("market", equalTo("SE")));
        assertThat(found.tracks()).satisfies(page -> {
            assertThat(page.total()).isEqualTo(214);
            assertThat(page.offset()).isEqualTo(10);
            assertThat(page.limit()).isEqualTo(1);
            assertThat(page.hasMore()).isTrue();
            assertThat(page.data()).singleElement().satisfies(SpotifyServiceTest::isMrBrightside);
        });
        assertThat(found.artists().hasMore()).isFalse();
        assertThat(found.artists().data()).singleElement().satisfies(SpotifyServiceTest::isTheKillers);
        assertThat(found.albums()).isNull();
    }

    @Test
    void search_of_only_the_words_sends_no_other_param_and_reads_albums() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/search")).willReturn(okJson("""
                {"tracks":null,"artists":null,"albums":%s}
                """.formatted(Fixtures.spotifyPage("""
                {"id":"4OHNH3sDzIxnmUADXzv2kT","name":"Hot Fuss","album_type":null,"artists":[],"release_date":"2004",
                 "total_tracks":null,"image_url":null}
                """, 1, 0, 20, false)))));

        SpotifySearchResults found = client().spotify().search(SpotifySearchParams.of("Hot Fuss"));

        api.verify(getRequestedFor(urlPathEqualTo(SPOTIFY + "/search")).withQueryParam("q", equalTo("Hot Fuss"))
                .withQueryParam("type", absent()).withQueryParam("limit", absent())
                .withQueryParam("offset", absent()).withQueryParam("market", absent()));
        assertThat(found.tracks()).isNull();
        assertThat(found.albums().data()).containsExactly(
                new SpotifyAlbum("4OHNH3sDzIxnmUADXzv2kT", "Hot Fuss", null, List.of(), "2004", null, null));
    }

    @Test
    void tracks_sends_the_ids_comma_separated_in_the_order_asked_and_reads_the_list() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/tracks")).willReturn(okJson("""
                {"data":[%s,%s]}
                """.formatted(Fixtures.spotifyTrack(SOMEBODY, "Somebody Told Me", "USIR20400195"),
                Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274")))));

        List<SpotifyTrack> tracks = client().spotify().tracks(List.of(SOMEBODY, " " + BRIGHTSIDE));

        api.verify(getRequestedFor(urlPathEqualTo(SPOTIFY + "/tracks"))
                .withQueryParam("ids", equalTo(SOMEBODY + "," + BRIGHTSIDE)));
        assertThat(tracks).extracting(SpotifyTrack::id).containsExactly(SOMEBODY, BRIGHTSIDE);
        assertThat(tracks.get(0).isrc()).isEqualTo("USIR20400195");
        assertThat(tracks).isUnmodifiable();
    }

    @Test
    void track_and_artist_are_read_by_id_and_one_spotify_does_not_know_is_not_found() {
        api.stubFor(get(SPOTIFY + "/tracks/" + BRIGHTSIDE).willReturn(okJson(
                Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274"))));
        api.stubFor(get(SPOTIFY + "/artists/" + KILLERS).willReturn(okJson(
                Fixtures.spotifyArtist(KILLERS, "The Killers"))));
        api.stubFor(get(SPOTIFY + "/tracks/0000000000000000000000").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(error("NOT_FOUND", "Spotify has no track 0000000000000000000000"))));

        isMrBrightside(client().spotify().track(BRIGHTSIDE));
        isTheKillers(client().spotify().artist(KILLERS));
        assertThatThrownBy(() -> client().spotify().track("0000000000000000000000"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void track_analytics_reads_the_audio_features_when_spotify_gives_them() {
        api.stubFor(get(SPOTIFY + "/tracks/" + BRIGHTSIDE + "/analytics").willReturn(okJson("""
                {"track_id":"3n3Ppam7vgaVa1iaRUc9Lp","name":"Mr. Brightside","popularity":87,
                 "features_status":"AVAILABLE",
                 "features":{"danceability":0.352,"energy":0.911,"key":1,"loudness":-5.23,"mode":1,
                   "speechiness":0.0747,"acousticness":0.00121,"instrumentalness":0.0,"liveness":0.0995,
                   "valence":0.236,"tempo":148.033,"time_signature":4}}
                """)));

        SpotifyTrackAnalytics analytics = client().spotify().trackAnalytics(BRIGHTSIDE);

        assertThat(analytics.trackId()).isEqualTo(BRIGHTSIDE);
        assertThat(analytics.name()).isEqualTo("Mr. Brightside");
        assertThat(analytics.popularity()).isEqualTo(87);
        assertThat(analytics.featuresStatus()).isEqualTo(SpotifyFeaturesStatus.AVAILABLE);
        assertThat(analytics.featuresStatusValue()).isEqualTo("AVAILABLE");
        assertThat(analytics.features()).isEqualTo(new SpotifyAudioFeatures(0.352, 0.911, 1, -5.23, 1, 0.0747,
                0.00121, 0.0, 0.0995, 0.236, 148.033, 4));
    }

    @Test
    void track_analytics_says_why_there_are_no_features_and_keeps_a_status_it_does_not_know() {
        api.stubFor(get(SPOTIFY + "/tracks/" + BRIGHTSIDE + "/analytics").willReturn(okJson("""
                {"track_id":"3n3Ppam7vgaVa1iaRUc9Lp","name":"Mr. Brightside","popularity":87,
                 "features_status":"NOT_AVAILABLE_FOR_APPLICATION","features":null}
                """)));
        api.stubFor(get(SPOTIFY + "/tracks/" + SOMEBODY + "/analytics").willReturn(okJson("""
                {"track_id":"6PwjJ58I4t7Mae9xfZ9l9v","name":"Somebody Told Me","popularity":null,
                 "features_status":"NOT_ANALYSED_YET","features":null}
                """)));

        SpotifyTrackAnalytics withheld = client().spotify().trackAnalytics(BRIGHTSIDE);
        SpotifyTrackAnalytics newer = client().spotify().trackAnalytics(SOMEBODY);

        assertThat(withheld.featuresStatus()).isEqualTo(SpotifyFeaturesStatus.NOT_AVAILABLE_FOR_APPLICATION);
        assertThat(withheld.features()).isNull();
        assertThat(withheld.popularity()).isEqualTo(87);
        assertThat(newer.featuresStatus()).isEqualTo(SpotifyFeaturesStatus.UNKNOWN);
        assertThat(newer.featuresStatusValue()).isEqualTo("NOT_ANALYSED_YET");
        assertThat(newer.popularity()).isNull();
    }

    @Test
    void artist_top_tracks_sends_the_market_only_when_one_is_given() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/artists/" + KILLERS + "/top-tracks")).willReturn(okJson("""
                {"data":[%s]}
                """.formatted(Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274")))));

        List<SpotifyTrack> inTheAccountsCountry = client().spotify().artistTopTracks(KILLERS);
        List<SpotifyTrack> inSweden = client().spotify().artistTopTracks(KILLERS, "SE");

        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/artists/" + KILLERS + "/top-tracks")));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/artists/" + KILLERS + "/top-tracks?market=SE")));
        assertThat(inTheAccountsCountry).singleElement().satisfies(SpotifyServiceTest::isMrBrightside);
        assertThat(inSweden).hasSize(1);
    }

    @Test
    void playlists_page_by_limit_and_offset() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/playlists")).willReturn(okJson(Fixtures.spotifyPage("""
                {"id":"37i9dQZF1DXcBWIGoYBM5M","name":"Today's Top Hits","description":"The hottest 50.",
                 "owner_id":"spotify","owner_name":"Spotify","is_public":true,"collaborative":false,"track_count":50,
                 "image_url":"https://i.scdn.co/image/ab67706f00000002b3a5b3a4f0e3e0b0d1a2b3c4"},
                {"id":"3cEYpjA9oz9GiPac4AsH4n","name":"Road trip","description":null,"owner_id":"wizzler",
                 "owner_name":"JM Wizzler","is_public":null,"collaborative":true,"track_count":0,"image_url":null}
                """, 7, 5, 2, false))));

        SearchPage<SpotifyPlaylist> page = client().spotify().playlists(SpotifyPageParams.builder().limit(2).offset(5)
                .build());

        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/playlists?limit=2&offset=5")));
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.offset()).isEqualTo(5);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.data()).containsExactly(
                new SpotifyPlaylist("37i9dQZF1DXcBWIGoYBM5M", "Today's Top Hits", "The hottest 50.", "spotify",
                        "Spotify", true, false, 50, "https://i.scdn.co/image/ab67706f00000002b3a5b3a4f0e3e0b0d1a2b3c4"),
                new SpotifyPlaylist("3cEYpjA9oz9GiPac4AsH4n", "Road trip", null, "wizzler", "JM Wizzler", null, true,
                        0, null));
    }

    @Test
    void playlists_without_params_send_no_query() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/playlists")).willReturn(okJson(
                Fixtures.spotifyPage("", 0, 0, 20, false))));

        SearchPage<SpotifyPlaylist> page = client().spotify().playlists();

        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/playlists")));
        assertThat(page.data()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void recently_played_sends_the_limit_and_reads_the_plays_newest_first() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/recently-played")).willReturn(okJson("""
                {"data":[{"track":%s,"played_at":"2026-12-04T09:30:12.345Z"},
                         {"track":%s,"played_at":"2026-12-04T09:26:40Z"}]}
                """.formatted(Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274"),
                Fixtures.spotifyTrack(SOMEBODY, "Somebody Told Me", "USIR20400195")))));

        List<SpotifyPlayedTrack> plays = client().spotify().recentlyPlayed(2);
        client().spotify().recentlyPlayed();

        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/recently-played?limit=2")));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/recently-played")));
        assertThat(plays).extracting(SpotifyPlayedTrack::playedAt).containsExactly(
                Instant.parse("2026-12-04T09:30:12.345Z"), Instant.parse("2026-12-04T09:26:40Z"));
        assertThat(plays.get(0).track()).satisfies(SpotifyServiceTest::isMrBrightside);
        assertThat(plays.get(1).track().name()).isEqualTo("Somebody Told Me");
    }

    @Test
    void top_tracks_and_artists_send_the_time_range_by_its_wire_name() {
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/top/tracks")).willReturn(okJson(Fixtures.spotifyPage(
                Fixtures.spotifyTrack(BRIGHTSIDE, "Mr. Brightside", "USIR20400274"), 50, 0, 1, true))));
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/top/artists")).willReturn(okJson(Fixtures.spotifyPage(
                Fixtures.spotifyArtist(KILLERS, "The Killers"), 12, 10, 10, false))));

        SearchPage<SpotifyTrack> tracks = client().spotify().topTracks(SpotifyTopParams.builder()
                .timeRange(SpotifyTimeRange.SHORT_TERM).limit(1).build());
        SearchPage<SpotifyArtist> artists = client().spotify().topArtists(SpotifyTopParams.builder()
                .timeRange(SpotifyTimeRange.LONG_TERM).limit(10).offset(10).build());
        client().spotify().topTracks();
        client().spotify().topArtists();

        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/top/tracks?time_range=short_term&limit=1")));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/top/artists?time_range=long_term&limit=10&offset=10")));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/top/tracks")));
        api.verify(getRequestedFor(urlEqualTo(SPOTIFY + "/top/artists")));
        assertThat(tracks.hasMore()).isTrue();
        assertThat(tracks.total()).isEqualTo(50);
        assertThat(tracks.data()).singleElement().satisfies(SpotifyServiceTest::isMrBrightside);
        assertThat(artists.offset()).isEqualTo(10);
        assertThat(artists.data()).singleElement().satisfies(SpotifyServiceTest::isTheKillers);
    }

    @Test
    void a_refused_grant_is_a_reconnect_required_exception_and_no_connection_a_plain_conflict() {
        api.stubFor(get(SPOTIFY + "/profile").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(error("RECONNECT_REQUIRED", "Spotify refused the connection's grant: connect it again"))));
        api.stubFor(get(urlPathEqualTo(SPOTIFY + "/top/tracks")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody(error("CONFLICT", "Connect Spotify first: GET /api/v1/auth/spotify/connect"))));

        assertThatThrownBy(() -> client().spotify().profile())
                .isInstanceOfSatisfying(ReconnectRequiredException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("RECONNECT_REQUIRED");
                    assertThat(e.requestId()).isEqualTo("req_1");
                });
        assertThatThrownBy(() -> client().spotify().topTracks())
                .isInstanceOf(ConflictException.class).isNotInstanceOf(ReconnectRequiredException.class)
                .hasMessageContaining("Connect Spotify first");
        api.verify(1, getRequestedFor(urlEqualTo(SPOTIFY + "/profile")));
    }

    @Test
    void spotify_failing_is_an_integration_exception_after_the_retries() {
        api.stubFor(get(SPOTIFY + "/artists/" + KILLERS).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "application/json")
                .withBody(error("INTEGRATION_ERROR", "Spotify answered 500"))));

        assertThatThrownBy(() -> client().spotify().artist(KILLERS))
                .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.status()).isEqualTo(502));
        api.verify(3, getRequestedFor(urlEqualTo(SPOTIFY + "/artists/" + KILLERS)));
    }

    @Test
    void search_params_refuse_what_the_server_would_refuse() {
        assertThatThrownBy(() -> SpotifySearchParams.of(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("query");
        assertThatThrownBy(() -> SpotifySearchParams.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
        assertThatThrownBy(() -> SpotifySearchParams.of("a".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThat(SpotifySearchParams.of(" " + "a".repeat(500) + " ").query()).hasSize(502);
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").types().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").types(SpotifySearchType.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").types(SpotifySearchType.TRACK, null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("types");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").limit(51).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").offset(1001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").market("Sweden").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("market");
        assertThatThrownBy(() -> SpotifySearchParams.builder("Killers").market("XX").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("market");

        SpotifySearchParams widest = SpotifySearchParams.builder("Killers")
                .types(List.of(SpotifySearchType.ALBUM, SpotifySearchType.TRACK, SpotifySearchType.ALBUM))
                .limit(50).offset(1000).market("gb").build();
        assertThat(widest.types()).containsExactly(SpotifySearchType.TRACK, SpotifySearchType.ALBUM);
        assertThat(widest.market()).isEqualTo("GB");
        assertThat(SpotifySearchParams.builder("Killers").market(" ").build().market()).isNull();
        assertThatThrownBy(() -> widest.types().add(SpotifySearchType.ARTIST))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void page_and_top_params_refuse_a_page_or_range_the_server_would_refuse() {
        assertThatThrownBy(() -> SpotifyPageParams.builder().limit(51).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> SpotifyPageParams.builder().offset(100_001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThat(SpotifyPageParams.builder().limit(50).offset(100_000).build().offset()).isEqualTo(100_000);
        assertThatThrownBy(() -> SpotifyTopParams.builder().timeRange(SpotifyTimeRange.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeRange");
        assertThatThrownBy(() -> SpotifyTopParams.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> SpotifyTopParams.builder().offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    }

    @Test
    void arguments_no_request_could_serve_are_refused_before_anything_is_sent() {
        SpotifyService spotify = client().spotify();
        List<String> fiftyOne = new ArrayList<>(Collections.nCopies(51, BRIGHTSIDE));

        assertThatThrownBy(() -> spotify.tracks(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> spotify.tracks(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spotify.tracks(fiftyOne)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 51");
        assertThatThrownBy(() -> spotify.tracks(List.of(BRIGHTSIDE, " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spotify.tracks(List.of(BRIGHTSIDE + "," + SOMEBODY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
        assertThatThrownBy(() -> spotify.recentlyPlayed(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> spotify.recentlyPlayed(51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spotify.search(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> spotify.track(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spotify.trackAnalytics(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spotify.artistTopTracks("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    /** Mr. Brightside as {@link Fixtures#spotifyTrack} writes it: every field of a track, its album and artists. */
    private static void isMrBrightside(SpotifyTrack track) {
        SpotifyArtistRef killers = new SpotifyArtistRef(KILLERS, "The Killers");
        assertThat(track).isEqualTo(new SpotifyTrack(BRIGHTSIDE, "Mr. Brightside", List.of(killers),
                new SpotifyAlbum("4OHNH3sDzIxnmUADXzv2kT", "Hot Fuss", "album", List.of(killers), "2004-06-15", 11,
                        "https://i.scdn.co/image/ab67616d0000b273ccdddd46119a4ff53eaf1f5d"),
                222_973, 87, false, "USIR20400274", null));
    }

    private static void isTheKillers(SpotifyArtist artist) {
        assertThat(artist).isEqualTo(new SpotifyArtist(KILLERS, "The Killers",
                List.of("alternative rock", "permanent wave", "rock"), 80, 9_381_455,
                "https://i.scdn.co/image/ab6761610000e5eb9a0e3e4e5e5b6f0ea4a64c3c"));
    }
}
