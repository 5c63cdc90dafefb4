package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server on live Meta (an app id configured), Graph pointed at WireMock serving Meta's recorded answers: the
 * dialog URL, the code exchanged and then exchanged again for the long-lived token, the permissions granted read,
 * and disconnecting revokes them at Meta; the Marketing API called through the connection, and Meta refusing its token
 * (code 190) making it NEEDS_RECONNECT. Memory only: the wiring is the same on every backend.
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
@RestTest.ServerPropertiesFrom(MetaConnectionLiveTest.FakeMeta.class)
class MetaConnectionLiveTest extends RestTest {
    private static final String APP_ID = "257422819769992";
    private static WireMockServer graph;

    /** Starts the stand-in (once per JVM) and points the server's Meta adapter at it. */
    public static final class FakeMeta implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            synchronized (MetaConnectionLiveTest.class) {
                if (graph == null) {
                    graph = new WireMockServer(wireMockConfig().dynamicPort());
                    graph.start();
                    graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/oauth/access_token"))
                            .withQueryParam("code", matching(".+"))
                            .willReturn(okJson(testResource("meta/OAuthAccessTokenCodeExchange.json"))));
                    graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/oauth/access_token"))
                            .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                            .willReturn(okJson(testResource("meta/OAuthFbExchangeTokenLongLived.json"))));
                    graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/me/permissions"))
                            .willReturn(okJson(testResource("meta/MePermissions.json"))));
                    graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/me"))
                            .willReturn(okJson(testResource("meta/GetMe.json"))));
                    graph.stubFor(WireMock.delete(urlPathEqualTo("/v23.0/me/permissions"))
                            .willReturn(okJson(testResource("meta/RevokePermissions.json"))));
                }
            }
            return Map.of("soundport.meta.app-id", APP_ID,
                    "soundport.meta.app-secret", "a-meta-app-secret",
                    "soundport.meta.graph-url", graph.baseUrl(),
                    "soundport.meta.oauth-url", "https://www.facebook.example",
                    "soundport.public-url", "https://api.soundport.example");
        }
    }

    @Test
    void the_marketing_api_answers_through_the_connection_until_meta_refuses_its_token() {
        Account owner = register();
        URI dialog = URI.create(owner.api().get("/auth/meta/connect").expect(200).text("authorization_url"));
        String state = null;
        for (String pair : dialog.getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                state = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        api.get("/auth/meta/callback?code=meta-code&state=" + state).expect(200);
        graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/me/adaccounts"))
                .withHeader("Authorization", equalTo("Bearer token"))
                .willReturn(okJson(testResource("meta/GetAdAccounts.json"))));
        graph.stubFor(WireMock.get(urlPathEqualTo("/v23.0/act_39788579/campaigns"))
                .willReturn(WireMock.aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(testResource("meta/Error190SessionExpired.json"))));

        JsonNode accounts = owner.api().get("/meta/accounts").expect(200).json();

        assertThat(accounts.path("data")).hasSize(10);
        assertThat(accounts.path("data").get(8).path("id").asText()).isEqualTo("act_39788579");
        assertThat(accounts.path("data").get(8).path("currency").asText()).isEqualTo("USD");
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/me/adaccounts"))
                .withQueryParam("appsecret_proof", matching("[0-9a-f]{64}")));

        owner.api().get("/meta/campaigns?ad_account_id=act_39788579").error(409, "RECONNECT_REQUIRED");
        JsonNode connection = owner.api().get("/auth/integrations").expect(200).json().path("data").get(0);
        assertThat(connection.path("provider").asText()).isEqualTo("meta");
        assertThat(connection.path("status").asText()).isEqualTo("NEEDS_RECONNECT");
        owner.api().get("/meta/accounts").error(409, "RECONNECT_REQUIRED");
    }

    @Test
    void a_user_connects_meta_with_the_long_lived_token_and_disconnecting_revokes_it_there() {
        Account owner = register();

        URI dialog = URI.create(owner.api().get("/auth/meta/connect").expect(200).text("authorization_url"));
        Map<String, String> asked = new HashMap<>();
        for (String pair : dialog.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            asked.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(dialog.getHost()).isEqualTo("www.facebook.example");
        assertThat(dialog.getPath()).isEqualTo("/v23.0/dialog/oauth");
        assertThat(asked).containsEntry("client_id", APP_ID)
                .containsEntry("redirect_uri", "https://api.soundport.example/api/v1/auth/meta/callback")
                .doesNotContainKey("code_challenge");

        JsonNode connected = api.get("/auth/meta/callback?code=meta-code&state=" + asked.get("state")).expect(200)
                .json();

        assertThat(connected.path("provider_user_id").asText()).isEqualTo("1234567890123456");
        assertThat(connected.path("scopes").toString()).contains("ads_read").doesNotContain("business_management");
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo("token")));

        owner.api().delete("/auth/integrations/meta").expect(204);

        graph.verify(deleteRequestedFor(urlPathEqualTo("/v23.0/me/permissions"))
                .withHeader("Authorization", equalTo("Bearer token")));
        assertThat(owner.api().get("/auth/integrations").expect(200).json().path("data")).isEmpty();
    }
}
