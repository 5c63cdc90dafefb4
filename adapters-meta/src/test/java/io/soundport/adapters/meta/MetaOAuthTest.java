package io.soundport.adapters.meta;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link MetaOAuth} against WireMock serving Graph's recorded answers: the requests it makes and what it reads. */
class MetaOAuthTest {
    private static final String APP_ID = "257422819769992";
    private static final String APP_SECRET = "a-meta-app-secret";
    private static final URI CALLBACK = URI.create("https://soundport.example/auth/meta/callback");
    private static final String TOKEN_PATH = "/v23.0/oauth/access_token";

    private final WireMockServer graph = new WireMockServer(options().dynamicPort());
    private final MetaOAuth meta;

    MetaOAuthTest() {
        graph.start();
        meta = new MetaOAuth(settings(graph.baseUrl()));
    }

    private static MetaSettings settings(String graphUrl) {
        return MetaSettings.builder(APP_ID, APP_SECRET).graphUrl(graphUrl)
                .oauthUrl("https://www.facebook.example")
                .policy(ProviderPolicy.builder("Meta").backoffBase(Duration.ofMillis(1))
                        .callTimeout(Duration.ofSeconds(2)).build())
                .build();
    }

    @AfterEach
    void stop() {
        graph.stop();
    }

    private static ResponseDefinitionBuilder fixture(int status, String name) {
        try (InputStream in = MetaOAuthTest.class.getResourceAsStream("/meta/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void grantingEverything() {
        graph.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("code", equalTo("the-code"))
                .willReturn(fixture(200, "OAuthAccessTokenCodeExchange.json")
                        // the recorded shape, with a token of its own so the second exchange can be told apart
                        .withBody("{\"access_token\":\"short-lived\",\"token_type\":\"bearer\",\"expires_in\":5183}")));
        graph.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .willReturn(fixture(200, "OAuthFbExchangeTokenLongLived.json")));
        graph.stubFor(get(urlPathEqualTo("/v23.0/me/permissions"))
                .willReturn(fixture(200, "MePermissions.json")));
    }

    private static String proof(String token) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_dialog_url_asks_for_the_marketing_permissions_with_the_state_and_no_pkce() {
        URI url = meta.authorizationUrl(new AuthorizationRequest("st4te", CALLBACK, null));

        HttpUrl dialog = HttpUrl.get(url);
        assertThat(dialog.host()).isEqualTo("www.facebook.example");
        assertThat(dialog.encodedPath()).isEqualTo("/v23.0/dialog/oauth");
        assertThat(dialog.queryParameter("client_id")).isEqualTo(APP_ID);
        assertThat(dialog.queryParameter("redirect_uri")).isEqualTo(CALLBACK.toString());
        assertThat(dialog.queryParameter("state")).isEqualTo("st4te");
        assertThat(dialog.queryParameter("response_type")).isEqualTo("code");
        assertThat(dialog.queryParameter("scope"))
                .isEqualTo("ads_management,ads_read,business_management,read_insights");
        assertThat(dialog.queryParameter("code_challenge")).isNull();
        assertThat(meta.usesPkce()).isFalse();
        assertThat(url.toString()).doesNotContain(APP_SECRET);
    }

    @Test
    void the_code_becomes_the_long_lived_token_with_the_permissions_the_user_granted() throws Exception {
        grantingEverything();

        OAuthTokens tokens = meta.exchange(new CodeExchange("the-code", CALLBACK, null));

        assertThat(tokens.accessToken()).isEqualTo("token");
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofSeconds(5184000));
        assertThat(tokens.scopes()).containsExactly("ads_management", "ads_read", "read_insights", "public_profile");
        graph.verify(getRequestedFor(urlPathEqualTo(TOKEN_PATH)).withQueryParam("code", equalTo("the-code"))
                .withQueryParam("client_id", equalTo(APP_ID)).withQueryParam("client_secret", equalTo(APP_SECRET))
                .withQueryParam("redirect_uri", equalTo(CALLBACK.toString())));
        graph.verify(getRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo("short-lived"))
                .withQueryParam("client_secret", equalTo(APP_SECRET)));
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/me/permissions"))
                .withHeader("Authorization", equalTo("Bearer token"))
                .withQueryParam("appsecret_proof", equalTo(proof("token"))));
        for (LoggedRequest request : graph.findAll(getRequestedFor(urlPathEqualTo("/v23.0/me/permissions")))) {
            assertThat(request.getUrl()).as("a user token never travels in the URL").doesNotContain("token=");
        }
    }

    @Test
    void a_code_meta_will_not_exchange_refuses_the_grant_naming_the_trace() {
        graph.stubFor(get(urlPathEqualTo(TOKEN_PATH)).willReturn(fixture(400, "Error100InvalidVerificationCode.json")));

        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> meta.exchange(new CodeExchange("used-code", CALLBACK, null)));

        assertThat(refused.provider()).isEqualTo(Provider.META);
        assertThat(refused.code()).isEqualTo(ErrorCode.RECONNECT_REQUIRED);
        assertThat(refused.getMessage()).contains("authorization code").contains("code 100")
                .contains("A9Rk2nVxq5sJm3x0Yw1Zb7c").doesNotContain("used-code");
        assertThat(graph.findAll(getRequestedFor(urlPathEqualTo(TOKEN_PATH)))).as("a refusal is not retried")
                .hasSize(1);
    }

    @Test
    void the_account_id_is_the_app_scoped_user_id() throws Exception {
        graph.stubFor(get(urlPathEqualTo("/v23.0/me")).willReturn(fixture(200, "GetMe.json")));

        assertThat(meta.accountId("token")).isEqualTo("1234567890123456");
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/me")).withQueryParam("fields", equalTo("id"))
                .withHeader("Authorization", equalTo("Bearer token"))
                .withQueryParam("appsecret_proof", equalTo(proof("token"))));
    }

    @Test
    void a_dead_token_refuses_the_grant_for_both_recorded_reasons() {
        for (String body : List.of("Error190SessionExpired.json", "Error190SessionInvalidated.json")) {
            graph.resetAll();
            graph.stubFor(get(urlPathEqualTo("/v23.0/me")).willReturn(fixture(400, body)));

            GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                    () -> meta.accountId("dead-token"));

            assertThat(refused.getMessage()).contains("code 190").doesNotContain("dead-token");
        }
    }

    @Test
    void revoking_deletes_the_permissions_and_a_token_already_dead_counts_as_revoked() {
        graph.stubFor(delete(urlPathEqualTo("/v23.0/me/permissions"))
                .willReturn(fixture(200, "RevokePermissions.json")));
        assertThat(meta.revoke("token")).isTrue();
        graph.verify(deleteRequestedFor(urlPathEqualTo("/v23.0/me/permissions"))
                .withHeader("Authorization", equalTo("Bearer token")));

        graph.resetAll();
        graph.stubFor(delete(urlPathEqualTo("/v23.0/me/permissions"))
                .willReturn(fixture(400, "Error190SessionExpired.json")));
        assertThat(meta.revoke("dead-token")).isTrue();
    }

    @Test
    void meta_grants_are_not_refreshed() {
        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class, () -> meta.refresh("x"));
        assertThat(refused.provider()).isEqualTo(Provider.META);
    }

    @Test
    void graph_failing_is_an_integration_error_naming_meta_never_a_hang() throws Exception {
        graph.stubFor(get(urlPathEqualTo("/v23.0/me")).willReturn(aResponse().withStatus(500)));
        DomainException failed = catchThrowableOfType(DomainException.class, () -> meta.accountId("token"));
        assertThat(failed.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failed.getMessage()).isEqualTo("Meta answered 500");

        try (ServerSocket closing = new ServerSocket(0)) {
            Thread receiver = new Thread(() -> {
                while (!closing.isClosed()) {
                    try (Socket socket = closing.accept()) {
                        socket.getInputStream().read(new byte[1024]);
                    } catch (IOException ignored) {
                        return;
                    }
                }
            });
            receiver.setDaemon(true);
            receiver.start();
            MetaOAuth dropped = new MetaOAuth(settings("http://127.0.0.1:" + closing.getLocalPort()));

            long start = System.nanoTime();
            DomainException hungUp = catchThrowableOfType(DomainException.class, () -> dropped.accountId("token"));

            assertThat(hungUp.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(hungUp.getMessage()).startsWith("Meta");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void an_other_graph_error_names_its_code_and_trace() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/me")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"x\",\"type\":\"GraphMethodException\",\"code\":100,"
                        + "\"error_subcode\":33,\"fbtrace_id\":\"Ab1\"}}")));

        DomainException failed = catchThrowableOfType(DomainException.class, () -> meta.accountId("token"));

        assertThat(failed.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failed.getMessage()).isEqualTo("Meta answered 400 with error code 100 (subcode 33), fbtrace_id Ab1");
    }

    @Test
    void the_settings_never_print_the_app_secret() {
        assertThat(settings("http://localhost:1").toString()).doesNotContain(APP_SECRET);
    }
}
