package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.model.Tier;
import io.soundport.sdk.param.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenRenewalTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PROFILE = "/api/v1/auth/profile";

    /** An unsigned JWT-shaped token: the client only reads its {@code exp}. */
    static String jwt(Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"usr_1\",\"exp\":" + exp.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private SoundportClient tokens(String access, String refresh) {
        return SoundportClient.builder().baseUrl(api.baseUrl()).tokens(access, refresh)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void an_access_token_about_to_expire_is_refreshed_before_the_request_goes_out() {
        String stale = jwt(Instant.now().plusSeconds(5));
        String fresh = jwt(Instant.now().plusSeconds(900));
        api.stubFor(post("/api/v1/auth/refresh").withRequestBody(equalToJson("{\"refresh_token\":\"rt_1\"}"))
                .willReturn(okJson(Fixtures.tokens(fresh, "rt_2"))));
        api.stubFor(get(PROFILE).willReturn(okJson(Fixtures.profile())));

        assertThat(tokens(stale, "rt_1").auth().profile().role()).isEqualTo(Role.OWNER);

        api.verify(1, getRequestedFor(urlEqualTo(PROFILE)).withHeader("Authorization", equalTo("Bearer " + fresh)));
        api.verify(0, getRequestedFor(urlEqualTo(PROFILE)).withHeader("Authorization", equalTo("Bearer " + stale)));
    }

    @Test
    void a_401_refreshes_once_and_the_request_is_sent_again_with_the_new_token() {
        String revoked = jwt(Instant.now().plusSeconds(600));
        String fresh = jwt(Instant.now().plusSeconds(900));
        api.stubFor(get(PROFILE).withHeader("Authorization", equalTo("Bearer " + revoked))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.error("AUTHENTICATION_ERROR", "The access token is not valid", "[]", "r"))));
        api.stubFor(get(PROFILE).withHeader("Authorization", equalTo("Bearer " + fresh))
                .willReturn(okJson(Fixtures.profile())));
        api.stubFor(post("/api/v1/auth/refresh").willReturn(okJson(Fixtures.tokens(fresh, "rt_2"))));

        SoundportClient client = tokens(revoked, "rt_1");
        assertThat(client.auth().profile().user().email()).isEqualTo("ada@example.com");
        assertThat(client.auth().profile().tier()).isEqualTo(Tier.FREE);

        api.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
    }

    @Test
    void a_refused_refresh_token_surfaces_as_an_authentication_exception() {
        api.stubFor(get(PROFILE).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("AUTHENTICATION_ERROR", "The access token is not valid", "[]", "r1"))));
        api.stubFor(post("/api/v1/auth/refresh").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("AUTHENTICATION_ERROR", "The refresh token is not valid", "[]", "r2"))));

        assertThatThrownBy(() -> tokens("opaque", "rt_1").auth().profile())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("The refresh token is not valid"));
    }

    @Test
    void credentials_sign_in_on_the_first_request_and_never_send_the_password_elsewhere() {
        String access = jwt(Instant.now().plusSeconds(900));
        api.stubFor(post("/api/v1/auth/login").withRequestBody(equalToJson(
                        "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}"))
                .willReturn(okJson(Fixtures.tokens(access, "rt_1"))));
        api.stubFor(get(PROFILE).willReturn(okJson(Fixtures.profile())));

        SoundportClient client = SoundportClient.builder().baseUrl(api.baseUrl())
                .credentials("ada@example.com", "correct horse battery").build();
        client.auth().profile();
        client.auth().profile();

        api.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        api.verify(2, getRequestedFor(urlEqualTo(PROFILE)).withHeader("Authorization", equalTo("Bearer " + access)));
        assertThat(client.toString()).doesNotContain("correct horse battery");
    }
}
