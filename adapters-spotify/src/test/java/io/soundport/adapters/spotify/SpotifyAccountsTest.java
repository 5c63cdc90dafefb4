package io.soundport.adapters.spotify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider.AuthorizationRequest;
import io.soundport.domain.integrations.OAuthProvider.CodeExchange;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link SpotifyAccounts} against WireMock serving Spotify Accounts' recorded answers. */
class SpotifyAccountsTest {
    private static final String CLIENT_ID = "0c6a2b1d4e5f47a8b9c0d1e2f3a4b5c6";
    private static final String CLIENT_SECRET = "a-spotify-client-secret";
    private static final URI CALLBACK = URI.create("https://soundport.example/auth/spotify/callback");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

    private final WireMockServer spotify = new WireMockServer(options().dynamicPort());
    private final SpotifyAccounts accounts;

    SpotifyAccountsTest() {
        spotify.start();
        accounts = new SpotifyAccounts(SpotifyAccountsSettings.builder(CLIENT_ID, CLIENT_SECRET)
                .accountsUrl(spotify.baseUrl()).apiUrl(spotify.baseUrl() + "/v1")
                .policy(ProviderPolicy.builder("Spotify").backoffBase(Duration.ofMillis(1)).build())
                .build());
    }

    @AfterEach
    void stop() {
        spotify.stop();
    }

    private static ResponseDefinitionBuilder fixture(int status, String name) {
        try (InputStream in = SpotifyAccountsTest.class.getResourceAsStream("/spotify/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_authorize_url_carries_the_scopes_the_state_and_the_s256_challenge() {
        URI url = accounts.authorizationUrl(new AuthorizationRequest("st4te", CALLBACK, "E9Melhoa2Owv"));

        HttpUrl authorize = HttpUrl.get(url);
        assertThat(authorize.encodedPath()).isEqualTo("/authorize");
        assertThat(authorize.queryParameter("client_id")).isEqualTo(CLIENT_ID);
        assertThat(authorize.queryParameter("response_type")).isEqualTo("code");
        assertThat(authorize.queryParameter("redirect_uri")).isEqualTo(CALLBACK.toString());
        assertThat(authorize.queryParameter("state")).isEqualTo("st4te");
        assertThat(authorize.queryParameter("scope")).isEqualTo("user-read-email user-read-private user-top-read "
                + "user-library-read streaming user-read-recently-played");
        assertThat(authorize.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.queryParameter("code_challenge")).isEqualTo("E9Melhoa2Owv");
        assertThat(url.toString()).doesNotContain(CLIENT_SECRET);
    }

    @Test
    void the_code_is_redeemed_with_the_verifier_and_the_client_in_basic_auth() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(fixture(200, "AuthorizationCode.json")));

        OAuthTokens tokens = accounts.exchange(new CodeExchange("the-code", CALLBACK, "the-verifier"));

        assertThat(tokens.accessToken()).startsWith("taHZ2SdB-bPA3FsK3D7ZN5npZS47cMy");
        assertThat(tokens.refreshToken()).startsWith("b0KuPuLw77Z0hQhCsK-GTHoEx_kethtn357V7iqwEpCTIsLgqbBC");
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(tokens.scopes()).containsExactly("user-read-birthdate", "user-read-email");
        spotify.verify(postRequestedFor(urlPathEqualTo("/api/token"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo("the-code"))
                .withFormParam("redirect_uri", equalTo(CALLBACK.toString()))
                .withFormParam("code_verifier", equalTo("the-verifier")));
    }

    @Test
    void a_refresh_without_a_new_refresh_token_answers_none_so_the_old_one_is_kept() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(fixture(200, "AuthorizationCodeRefresh.json")));

        OAuthTokens tokens = accounts.refresh("the-refresh-token");

        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofHours(1));
        spotify.verify(postRequestedFor(urlPathEqualTo("/api/token"))
                .withHeader("Authorization", equalTo(BASIC))
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo("the-refresh-token")));
    }

    @Test
    void a_rotating_refresh_answers_the_new_refresh_token() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(fixture(200, "AuthorizationCode.json")));

        assertThat(accounts.refresh("old").refreshToken()).startsWith("b0KuPuLw77Z0hQhCsK");
    }

    @Test
    void invalid_grant_refuses_the_grant_and_is_sent_once() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}")));

        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> accounts.refresh("revoked-token"));

        assertThat(refused.provider()).isEqualTo(Provider.SPOTIFY);
        assertThat(refused.getMessage()).contains("invalid_grant").doesNotContain("revoked-token");
        assertThat(spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token")))).hasSize(1);
    }

    @Test
    void a_wrong_client_secret_is_an_integration_error_that_says_where_to_look() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(fixture(400, "auth-invalid-client.json")));

        DomainException failed = catchThrowableOfType(DomainException.class,
                () -> accounts.exchange(new CodeExchange("c", CALLBACK, "v")));

        assertThat(failed.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failed.getMessage()).contains("invalid_client").contains("settings")
                .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void a_token_request_that_fails_is_not_sent_again() {
        spotify.stubFor(post(urlPathEqualTo("/api/token")).willReturn(aResponse().withStatus(503)));

        DomainException failed = catchThrowableOfType(DomainException.class, () -> accounts.refresh("r"));

        assertThat(failed.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failed.getMessage()).isEqualTo("Spotify answered 503");
        assertThat(spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token")))).hasSize(1);
    }

    @Test
    void the_account_id_comes_from_me_and_a_dead_token_refuses_the_grant() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer live"))
                .willReturn(fixture(200, "GetCurrentUsersProfileRequest.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer dead"))
                .willReturn(aResponse().withStatus(401).withBody(
                        "{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}")));

        assertThat(accounts.accountId("live")).isEqualTo("wizzler");
        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer live")));
        assertThat(catchThrowableOfType(GrantRefusedException.class, () -> accounts.accountId("dead")).provider())
                .isEqualTo(Provider.SPOTIFY);
    }

    @Test
    void spotify_offers_no_revocation() {
        assertThat(accounts.revoke("token")).isFalse();
        assertThat(spotify.getAllServeEvents()).isEmpty();
    }
}
