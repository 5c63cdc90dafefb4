package io.soundport.bootstrap.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server on live Spotify (a client id configured), its Accounts and Web API URLs pointed at WireMock serving
 * Spotify's recorded answers, and a front-end return URL configured: connect sends the browser to Spotify's
 * authorize page with a PKCE challenge, the callback redeems the code with the matching verifier, and the browser is
 * sent back to the front end with the outcome. The wiring is the same on every backend, so this runs on memory only.
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
@RestTest.ServerPropertiesFrom(SpotifyConnectionLiveTest.FakeSpotify.class)
class SpotifyConnectionLiveTest extends RestTest {
    private static final String CLIENT_ID = "0c6a2b1d4e5f47a8b9c0d1e2f3a4b5c6";
    private static final String RETURN_URL = "https://app.soundport.example/settings/integrations";
    private static WireMockServer spotify;

    /** Starts the stand-in (once per JVM) and points the server's Spotify adapters at it. */
    public static final class FakeSpotify implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            synchronized (SpotifyConnectionLiveTest.class) {
                if (spotify == null) {
                    spotify = new WireMockServer(wireMockConfig().dynamicPort());
                    spotify.start();
                    // any code but used-code is redeemed; each test uses its own, as they share this stand-in
                    spotify.stubFor(WireMock.post(urlPathEqualTo("/api/token")).atPriority(5)
                            .withFormParam("grant_type", equalTo("authorization_code"))
                            .willReturn(okJson(testResource("spotify/AuthorizationCode.json"))));
                    spotify.stubFor(WireMock.post(urlPathEqualTo("/api/token")).atPriority(1)
                            .withFormParam("code", equalTo("used-code"))
                            .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                                    .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid "
                                            + "authorization code\"}")));
                    spotify.stubFor(WireMock.get(urlPathEqualTo("/v1/me"))
                            .willReturn(okJson(testResource("spotify/GetCurrentUsersProfileRequest.json"))));
                    spotify.stubFor(WireMock.post(urlPathEqualTo("/api/token"))
                            .withFormParam("grant_type", equalTo("refresh_token"))
                            .willReturn(okJson(testResource("spotify/AuthorizationCodeRefresh.json"))));
                }
            }
            return Map.of("soundport.spotify.client-id", CLIENT_ID,
                    "soundport.spotify.client-secret", "a-spotify-client-secret",
                    "soundport.spotify.accounts-url", spotify.baseUrl(),
                    "soundport.spotify.api-url", spotify.baseUrl() + "/v1",
                    "soundport.public-url", "https://api.soundport.example",
                    "soundport.integrations.return-url", RETURN_URL);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void the_code_comes_back_and_is_redeemed_with_the_verifier_of_the_challenge_sent() throws Exception {
        Account owner = register();

        URI authorize = URI.create(owner.api().get("/auth/spotify/connect").expect(200).text("authorization_url"));
        Map<String, String> asked = query(authorize);
        assertThat(authorize.toString()).startsWith(spotify.baseUrl() + "/authorize?");
        assertThat(asked).containsEntry("client_id", CLIENT_ID).containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "https://api.soundport.example/api/v1/auth/spotify/callback");
        assertThat(asked.get("scope")).contains("user-top-read");

        Api.Response back = api.get("/auth/spotify/callback?code=code-pkce&state=" + asked.get("state"))
                .expect(303);

        assertThat(back.header("Location")).isEqualTo(RETURN_URL + "?provider=spotify&status=connected");
        List<LoggedRequest> redeemed = spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token"))
                .withFormParam("code", equalTo("code-pkce")));
        assertThat(redeemed).hasSize(1);
        String verifier = query(URI.create("http://x/?" + redeemed.get(0).getBodyAsString())).get("code_verifier");
        assertThat(s256(verifier)).isEqualTo(asked.get("code_challenge"));
        assertThat(redeemed.get(0).getBodyAsString())
                .contains("redirect_uri=https%3A%2F%2Fapi.soundport.example%2Fapi%2Fv1%2Fauth%2Fspotify%2Fcallback");
        var connection = owner.api().get("/auth/integrations").expect(200).json().path("data").get(0);
        assertThat(connection.path("provider_user_id").asText()).isEqualTo("wizzler");
        assertThat(connection.path("scopes").toString()).contains("user-read-email");
    }

    @Test
    void a_state_comes_back_once_and_only_to_its_own_flow() {
        Account owner = register();
        Map<String, String> asked = query(URI.create(owner.api().get("/auth/spotify/connect").expect(200)
                .text("authorization_url")));
        api.get("/auth/spotify/callback?code=code-replay&state=" + asked.get("state")).expect(303);

        for (String state : List.of(asked.get("state"), "a-state-nobody-issued")) {
            URI location = URI.create(api.get("/auth/spotify/callback?code=code-replay&state=" + state).expect(303)
                    .header("Location"));
            assertThat(query(location)).containsEntry("status", "failed").containsEntry("error", "VALIDATION_ERROR");
        }
        assertThat(spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token"))
                .withFormParam("code", equalTo("code-replay")))).as("a refused state never reaches Spotify")
                .hasSize(1);
    }

    @Test
    void an_access_token_spotify_refuses_is_refreshed_and_the_call_made_again() {
        Account owner = register();
        Map<String, String> asked = query(URI.create(owner.api().get("/auth/spotify/connect").expect(200)
                .text("authorization_url")));
        api.get("/auth/spotify/callback?code=code-refresh&state=" + asked.get("state")).expect(303);
        spotify.stubFor(WireMock.get(urlPathEqualTo("/v1/me")).atPriority(1).inScenario("expired")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("refreshed")
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}")));

        int refreshesBefore = spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token"))
                .withFormParam("grant_type", equalTo("refresh_token"))).size();

        assertThat(owner.api().get("/spotify/profile").expect(200).text("id")).isEqualTo("wizzler");

        assertThat(spotify.findAll(postRequestedFor(urlPathEqualTo("/api/token"))
                .withFormParam("grant_type", equalTo("refresh_token")))).hasSize(refreshesBefore + 1);
        assertThat(owner.api().get("/auth/integrations").expect(200).json().path("data").get(0).path("status")
                .asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_code_spotify_refuses_sends_the_browser_back_with_the_reason() {
        Account owner = register();
        Map<String, String> asked = query(URI.create(owner.api().get("/auth/spotify/connect").expect(200)
                .text("authorization_url")));

        Api.Response back = api.get("/auth/spotify/callback?code=used-code&state=" + asked.get("state")).expect(303);

        URI location = URI.create(back.header("Location"));
        assertThat(location.toString()).startsWith(RETURN_URL + "?");
        assertThat(query(location)).containsEntry("provider", "spotify").containsEntry("status", "failed")
                .containsEntry("error", "RECONNECT_REQUIRED");
        assertThat(query(location).get("message")).contains("invalid_grant");
        assertThat(owner.api().get("/auth/integrations").expect(200).json().path("data")).isEmpty();
    }
}
