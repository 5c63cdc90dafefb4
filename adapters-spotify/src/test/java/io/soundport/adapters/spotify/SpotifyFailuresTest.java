package io.soundport.adapters.spotify;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.soundport.contracts.ClosingReceiver;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.resilience.ProviderPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.spotify.SpotifyStub.MR_BRIGHTSIDE;
import static io.soundport.adapters.spotify.SpotifyStub.TOKEN;
import static io.soundport.adapters.spotify.SpotifyStub.error;
import static io.soundport.adapters.spotify.SpotifyStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How Spotify refusing, failing or dropping the connection reaches the core: as the port's errors, never a hang. */
class SpotifyFailuresTest {
    private static final String TRACK_PATH = "/tracks/" + MR_BRIGHTSIDE;
    private final SpotifyStub spotify = new SpotifyStub();
    private final SpotifyMusicPlatform platform = spotify.platform();

    @AfterEach
    void stop() {
        spotify.close();
    }

    private static DomainException failure(Runnable call) {
        DomainException e = catchThrowableOfType(DomainException.class, call::run);
        assertThat(e).as("a DomainException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        return e;
    }

    @Test
    void a_401_is_a_refused_grant_with_spotifys_words_and_not_the_token() {
        spotify.override(TRACK_PATH, error(401, "The access token expired"));

        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> platform.track(TOKEN, MR_BRIGHTSIDE));

        assertThat(refused.provider()).isEqualTo(Provider.SPOTIFY);
        assertThat(refused.getMessage()).isEqualTo("Spotify refused the access token: The access token expired")
                .doesNotContain(TOKEN);
        assertThat(spotify.requests()).as("not retried").isEqualTo(1);
    }

    @Test
    void a_403_on_audio_features_is_the_not_available_outcome_whatever_spotify_says() {
        assertThat(platform.audioFeatures(TOKEN, MR_BRIGHTSIDE))
                .isEqualTo(AudioFeaturesUnavailable.NOT_AVAILABLE_FOR_APPLICATION);

        spotify.override("/audio-features/" + SpotifyStub.MEASURED, error(403, "Forbidden"));
        assertThat(platform.audioFeatures(TOKEN, SpotifyStub.MEASURED))
                .isEqualTo(AudioFeaturesUnavailable.NOT_AVAILABLE_FOR_APPLICATION);
        assertThat(platform.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void a_403_for_a_missing_scope_names_the_scope_the_call_needs() {
        spotify.override("/me/top/tracks", error(403, "Insufficient client scope"));
        spotify.override("/me/tracks", error(403, "Insufficient client scope"));
        spotify.override("/me/player/recently-played", error(403, "Insufficient client scope"));

        DomainException top = failure(() -> platform.topTracks(TOKEN, TimeRange.SHORT_TERM,
                PlatformPageRequest.first(5)));
        assertThat(top.code()).isEqualTo(ErrorCode.AUTHORIZATION_ERROR);
        assertThat(top.getMessage()).isEqualTo(
                "The Spotify connection was not granted the scope user-top-read; connect Spotify again to grant it");
        assertThat(failure(() -> platform.savedTracks(TOKEN, PlatformPageRequest.first(5))).getMessage())
                .contains("user-library-read");
        assertThat(failure(() -> platform.recentlyPlayed(TOKEN, 5)).getMessage())
                .contains("user-read-recently-played");
    }

    @Test
    void another_403_is_forbidden_with_spotifys_words() {
        spotify.override("/me", error(403, "User not registered in the Developer Dashboard"));
        spotify.override(TRACK_PATH, json(403, "{\"error\":{\"status\":403}}"));

        DomainException profile = failure(() -> platform.profile(TOKEN));
        assertThat(profile.code()).isEqualTo(ErrorCode.AUTHORIZATION_ERROR);
        assertThat(profile.getMessage())
                .isEqualTo("Spotify refused this request (403: User not registered in the Developer Dashboard)");
        assertThat(failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE)).getMessage())
                .isEqualTo("Spotify refused this request (403)");
    }

    @Test
    void a_404_on_a_lookup_is_not_found_naming_the_item() {
        SpotifyId unknown = SpotifyId.of("4uLU6hMCjMI75M1A2tKUQC");

        DomainException e = failure(() -> platform.track(TOKEN, unknown));

        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("Spotify track 4uLU6hMCjMI75M1A2tKUQC does not exist");
        assertThat(failure(() -> platform.artist(TOKEN, unknown)).getMessage())
                .isEqualTo("Spotify artist 4uLU6hMCjMI75M1A2tKUQC does not exist");
    }

    @Test
    void spotifys_invalid_id_on_a_lookup_is_not_found_and_elsewhere_an_integration_error() {
        spotify.override(TRACK_PATH, error(400, "invalid id"));
        spotify.override("/me/playlists", error(400, "Invalid limit"));

        assertThat(failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE)).code()).isEqualTo(ErrorCode.NOT_FOUND);
        DomainException list = failure(() -> platform.playlists(TOKEN, PlatformPageRequest.first(5)));
        assertThat(list.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(list.getMessage()).isEqualTo("Spotify answered 400: Invalid limit");
    }

    @Test
    void a_429_is_waited_for_as_long_as_its_retry_after_says_and_the_next_answer_read() {
        spotify.server.stubFor(get(urlPathEqualTo("/v1" + TRACK_PATH)).atPriority(1)
                .withHeader("Authorization", equalTo(SpotifyStub.BEARER))
                .inScenario("rate limited").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(error(429, "API rate limit exceeded").withHeader("Retry-After", "1")));

        long start = System.nanoTime();
        assertThat(platform.track(TOKEN, MR_BRIGHTSIDE).name()).isEqualTo("Mr. Brightside");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(spotify.requests()).isEqualTo(2);
    }

    @Test
    void a_429_asking_for_longer_than_is_worth_waiting_is_unavailable_with_its_retry_after() {
        spotify.override(TRACK_PATH, error(429, "API rate limit exceeded").withHeader("Retry-After", "60"));

        DomainException e = failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("Spotify");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
        assertThat(spotify.requests()).as("not waited for").isEqualTo(1);
    }

    @Test
    void a_500_is_retried_then_an_integration_error_naming_spotify_and_repeated_ones_open_the_breaker() {
        spotify.override(TRACK_PATH, aResponse().withStatus(500));

        DomainException first = failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE));
        assertThat(first.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(first.getMessage()).isEqualTo("Spotify answered 500");
        assertThat(spotify.requests()).as("sent, then retried twice").isEqualTo(3);

        DomainException opened = failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE));
        assertThat(opened.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(opened.getMessage()).startsWith("Spotify is unavailable");
        assertThat(opened.retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
        assertThat(platform.breakerState()).isEqualTo(BreakerState.OPEN);
        int sent = spotify.requests();

        assertThat(failure(() -> platform.profile(TOKEN)).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(spotify.requests()).as("nothing sent while open").isEqualTo(sent);
    }

    @Test
    void a_body_that_is_not_the_web_apis_json_is_an_integration_error_not_retried() {
        spotify.override(TRACK_PATH, aResponse().withHeader("Content-Type", "text/html").withBody("<html>oops"));
        spotify.override("/me", json(200, "{\"display_name\":\"no id\"}"));
        spotify.override("/artists/" + SpotifyStub.BAND_OF_HORSES, json(200, "{\"id\":\"not-a-spotify-id\",\"name\":\"x\"}"));

        assertThat(failure(() -> platform.track(TOKEN, MR_BRIGHTSIDE)).getMessage())
                .isEqualTo("Spotify answered a body that cannot be read as its JSON");
        assertThat(failure(() -> platform.profile(TOKEN)).code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failure(() -> platform.artist(TOKEN, SpotifyStub.BAND_OF_HORSES)).code())
                .as("an id that is no Spotify id is Spotify's fault, not the caller's")
                .isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(spotify.requests()).isEqualTo(3);
    }

    @Test
    void a_receiver_that_accepts_and_closes_the_connection_is_an_integration_error_not_a_hang() throws IOException {
        try (ClosingReceiver receiver = new ClosingReceiver()) {
            SpotifyMusicPlatform rude = new SpotifyMusicPlatform(SpotifySettings.builder()
                    .baseUrl(receiver.url("/v1"))
                    .policy(ProviderPolicy.builder("Spotify").callTimeout(Duration.ofSeconds(5))
                            .backoffBase(Duration.ofMillis(10)).build())
                    .build());

            long start = System.nanoTime();
            DomainException e = failure(() -> rude.track(TOKEN, MR_BRIGHTSIDE));

            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).isEqualTo("Spotify dropped the connection before answering");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(receiver.connections()).as("sent, then retried twice").isEqualTo(3);
        }
    }

    @Test
    void nothing_unreachable_hangs_either() {
        SpotifyMusicPlatform nowhere = new SpotifyMusicPlatform(SpotifySettings.builder()
                .baseUrl("http://127.0.0.1:1/v1").build());

        DomainException e = failure(() -> nowhere.profile(TOKEN));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Spotify could not be reached");
    }

    @Test
    void settings_refuse_a_base_url_that_is_no_url() {
        assertThatThrownBy(() -> SpotifySettings.builder().baseUrl("api.spotify.com").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SpotifySettings.defaults().baseUrl()).isEqualTo("https://api.spotify.com/v1");
    }
}
