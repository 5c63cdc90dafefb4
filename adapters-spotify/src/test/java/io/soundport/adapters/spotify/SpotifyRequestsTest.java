package io.soundport.adapters.spotify;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.platform.Market;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.SpotifyIds;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.spotify.SpotifyStub.BEARER;
import static io.soundport.adapters.spotify.SpotifyStub.ELVIS;
import static io.soundport.adapters.spotify.SpotifyStub.MR_BRIGHTSIDE;
import static io.soundport.adapters.spotify.SpotifyStub.SOMEBODY_TOLD_ME;
import static io.soundport.adapters.spotify.SpotifyStub.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Spotify receives: the Web API paths and parameters, with the user's token as a bearer token. */
class SpotifyRequestsTest {
    private final SpotifyStub spotify = new SpotifyStub();
    private final SpotifyMusicPlatform platform = spotify.platform();

    @AfterEach
    void stop() {
        spotify.close();
    }

    private LoggedRequest onlyRequest() {
        assertThat(spotify.server.getAllServeEvents()).hasSize(1);
        return spotify.server.getAllServeEvents().get(0).getRequest();
    }

    @Test
    void every_call_carries_the_token_as_a_bearer_token_and_asks_for_json() {
        platform.profile(TOKEN);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/v1/me");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void a_search_sends_the_words_the_types_the_page_and_the_market() {
        platform.search(TOKEN, PlatformSearch.of("artist:Muse year:2006", "album,track", 5, 20, "se"));

        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                .withQueryParam("q", equalTo("artist:Muse year:2006"))
                .withQueryParam("type", equalTo("track,album"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("offset", equalTo("20"))
                .withQueryParam("market", equalTo("SE")));
    }

    @Test
    void a_search_without_a_market_sends_none() {
        platform.search(TOKEN, PlatformSearch.of("Muse", "artist", null, null, null));

        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                .withQueryParam("type", equalTo("artist"))
                .withQueryParam("limit", equalTo("20"))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("market", absent()));
    }

    @Test
    void lookups_name_the_item_in_the_path() {
        platform.track(TOKEN, MR_BRIGHTSIDE);
        platform.audioFeatures(TOKEN, SpotifyStub.MEASURED);
        platform.artist(TOKEN, SpotifyStub.BAND_OF_HORSES);
        platform.artistTopTracks(TOKEN, ELVIS, Market.of("SE"));
        platform.artistTopTracks(TOKEN, ELVIS, null);

        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/tracks/" + MR_BRIGHTSIDE)));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/audio-features/" + SpotifyStub.MEASURED)));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/artists/" + SpotifyStub.BAND_OF_HORSES)));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/artists/" + ELVIS + "/top-tracks"))
                .withQueryParam("market", equalTo("SE")));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/artists/" + ELVIS + "/top-tracks"))
                .withQueryParam("market", absent()));
    }

    @Test
    void several_tracks_are_asked_in_one_call_with_comma_separated_ids() {
        platform.tracks(TOKEN, SpotifyIds.of(SOMEBODY_TOLD_ME, MR_BRIGHTSIDE));

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/tracks?ids=" + SOMEBODY_TOLD_ME + "%2C" + MR_BRIGHTSIDE);
    }

    @Test
    void the_accounts_lists_send_their_page_and_range() {
        platform.playlists(TOKEN, new PlatformPageRequest(7, 14));
        platform.recentlyPlayed(TOKEN, 50);
        platform.topTracks(TOKEN, TimeRange.SHORT_TERM, PlatformPageRequest.first(3));
        platform.topArtists(TOKEN, TimeRange.LONG_TERM, new PlatformPageRequest(2, 1));
        platform.savedTracks(TOKEN, new PlatformPageRequest(50, 100));

        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/me/playlists"))
                .withQueryParam("limit", equalTo("7")).withQueryParam("offset", equalTo("14")));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/me/player/recently-played"))
                .withQueryParam("limit", equalTo("50")).withQueryParam("offset", absent()));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/me/top/tracks"))
                .withQueryParam("time_range", equalTo("short_term"))
                .withQueryParam("limit", equalTo("3")).withQueryParam("offset", equalTo("0")));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/me/top/artists"))
                .withQueryParam("time_range", equalTo("long_term"))
                .withQueryParam("limit", equalTo("2")).withQueryParam("offset", equalTo("1")));
        spotify.server.verify(getRequestedFor(urlPathEqualTo("/v1/me/tracks"))
                .withQueryParam("limit", equalTo("50")).withQueryParam("offset", equalTo("100")));
    }

    @Test
    void a_base_url_with_a_trailing_slash_takes_the_same_paths() {
        SpotifyMusicPlatform slashed = new SpotifyMusicPlatform(spotify.settings()
                .baseUrl(spotify.baseUrl() + "/").build());

        slashed.profile(TOKEN);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/me");
    }

    @Test
    void nothing_is_sent_for_a_limit_out_of_range_or_a_token_that_cannot_be_a_header() {
        assertThatThrownBy(() -> platform.recentlyPlayed(TOKEN, 51)).isInstanceOf(DomainException.class);
        for (String token : new String[]{null, "", "abc def", "abc\r\nX-Injected: 1", "tökén"}) {
            assertThatThrownBy(() -> platform.profile(token)).isInstanceOf(GrantRefusedException.class)
                    .hasMessage("The Spotify access token is missing or malformed");
        }
        assertThat(spotify.requests()).isZero();
    }
}
