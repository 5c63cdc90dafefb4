package io.soundport.sdk;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.sdk.exception.ApiConnectionException;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.RateLimitException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.TrackParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryAndIdempotencyTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String RELEASE = "/api/v1/releases/rel_1";
    private static final String RELEASES = "/api/v1/releases";

    private SoundportClient client() {
        return client(Duration.ofSeconds(5));
    }

    private SoundportClient client(Duration readTimeout) {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(readTimeout)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    private static ReleaseCreateParams nightDrive() {
        return ReleaseCreateParams.builder().title("Night Drive").artistName("The Midnight").upc("036000291452")
                .releaseDate(LocalDate.of(2026, 12, 4)).territories("US", "GB")
                .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build())
                .build();
    }

    @Test
    void a_connection_reset_is_retried_and_the_second_attempt_succeeds() {
        api.stubFor(get(RELEASE).inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        api.stubFor(get(RELEASE).inScenario("reset").whenScenarioStateIs("recovered")
                .willReturn(okJson(Fixtures.release("rel_1"))));

        Release release = client().releases().retrieve("rel_1");

        assertThat(release.id()).isEqualTo("rel_1");
        assertThat(release.tracks()).extracting(t -> t.isrc()).containsExactly("USRC17607839");
        api.verify(2, getRequestedFor(urlEqualTo(RELEASE)).withHeader("X-API-Key", equalTo("sk_test_key")));
    }

    @Test
    void a_503_is_retried_and_the_second_attempt_succeeds() {
        api.stubFor(get(RELEASE).inScenario("503").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.error("SERVICE_UNAVAILABLE", "The database is unavailable", "[]", "req_1")))
                .willSetStateTo("up"));
        api.stubFor(get(RELEASE).inScenario("503").whenScenarioStateIs("up")
                .willReturn(okJson(Fixtures.release("rel_1"))));

        assertThat(client().releases().retrieve("rel_1").title()).isEqualTo("Night Drive");
        api.verify(2, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_429_waits_as_long_as_retry_after_says_before_it_retries() {
        api.stubFor(get(RELEASE).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.error("RATE_LIMIT_EXCEEDED", "Too many requests", "[]", "req_2")))
                .willSetStateTo("allowed"));
        api.stubFor(get(RELEASE).inScenario("429").whenScenarioStateIs("allowed")
                .willReturn(okJson(Fixtures.release("rel_1"))));

        long started = System.nanoTime();
        Release release = client().releases().retrieve("rel_1");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(release.id()).isEqualTo("rel_1");
        // the backoff of this client is at most 50 ms: only Retry-After explains a wait of a second
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        api.verify(2, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_429_asking_for_a_long_wait_is_not_retried_and_says_how_long() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("RATE_LIMIT_EXCEEDED", "Too many requests", "[]", "req_3"))));

        assertThatThrownBy(() -> client().releases().retrieve("rel_1"))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.requestId()).isEqualTo("req_3");
                });
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_post_retried_after_a_read_timeout_sends_the_same_idempotency_key_so_the_server_creates_once() {
        api.stubFor(post(RELEASES).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(Fixtures.release("rel_1")).withStatus(201).withFixedDelay(1500))
                .willSetStateTo("fast"));
        api.stubFor(post(RELEASES).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(Fixtures.release("rel_1")).withStatus(201).withHeader("Idempotent-Replayed", "true")));

        Release release = client(Duration.ofMillis(300)).releases().create(nightDrive());

        assertThat(release.id()).isEqualTo("rel_1");
        List<LoggedRequest> attempts = api.findAll(postRequestedFor(urlEqualTo(RELEASES)));
        assertThat(attempts).hasSize(2);
        String key = attempts.get(0).getHeader("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(attempts.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
    }

    @Test
    void every_post_gets_its_own_generated_key_unless_one_is_given() {
        api.stubFor(post(RELEASES).willReturn(okJson(Fixtures.release("rel_1")).withStatus(201)));

        client().releases().create(nightDrive());
        client().releases().create(nightDrive());
        client().releases().create(nightDrive(), RequestOptions.builder().idempotencyKey("night-drive-1").build());

        List<String> keys = api.findAll(postRequestedFor(urlEqualTo(RELEASES))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3).doesNotHaveDuplicates();
        assertThat(keys.get(2)).isEqualTo("night-drive-1");
    }

    @Test
    void params_go_out_in_snake_case_without_the_fields_left_unset() {
        api.stubFor(post(RELEASES).willReturn(okJson(Fixtures.release("rel_1")).withStatus(201)));

        client().releases().create(nightDrive());

        api.verify(postRequestedFor(urlEqualTo(RELEASES)).withRequestBody(equalToJson("""
                {"title":"Night Drive","artist_name":"The Midnight","upc":"036000291452","release_date":"2026-12-04",
                 "territories":["US","GB"],
                 "tracks":[{"title":"Sunset","isrc":"US-RC1-76-07839","duration_ms":215000}]}
                """)));
    }

    @Test
    void if_match_carries_the_version_as_an_entity_tag() {
        api.stubFor(patch(urlEqualTo(RELEASE)).willReturn(okJson(Fixtures.release("rel_1"))));

        client().releases().update("rel_1", io.soundport.sdk.param.ReleaseUpdateParams.builder().label("New").build(),
                RequestOptions.builder().ifMatch(3).build());

        api.verify(patchRequestedFor(urlEqualTo(RELEASE)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"label\":\"New\"}")));
    }

    @Test
    void a_400_is_not_retried_and_carries_the_field_details_and_the_request_id() {
        api.stubFor(post(RELEASES).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req_bad")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 2 invalid fields",
                        "[{\"field\":\"upc\",\"message\":\"has a wrong check digit\"},"
                                + "{\"field\":\"tracks[0].isrc\",\"message\":\"must look like CC-XXX-YY-NNNNN\"}]",
                        "req_bad"))));

        assertThatThrownBy(() -> client().releases().create(nightDrive()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.getMessage()).isEqualTo("The request has 2 invalid fields");
                    assertThat(e.requestId()).isEqualTo("req_bad");
                    assertThat(e.details()).containsExactly(new ErrorDetail("upc", "has a wrong check digit"),
                            new ErrorDetail("tracks[0].isrc", "must look like CC-XXX-YY-NNNNN"));
                    assertThat(e.detail("upc")).isEqualTo("has a wrong check digit");
                });
        api.verify(1, postRequestedFor(urlEqualTo(RELEASES)));
    }

    @ParameterizedTest
    @CsvSource({"406, NOT_ACCEPTABLE", "414, URI_TOO_LONG", "431, REQUEST_HEADER_FIELDS_TOO_LARGE",
            "413, PAYLOAD_TOO_LARGE"})
    void a_request_the_server_cannot_take_as_sent_is_a_validation_exception_with_its_code(int status, String code) {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/plain")
                .withBody("not our envelope: a proxy answered")));

        assertThatThrownBy(() -> client().releases().retrieve("rel_1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.code()).isEqualTo(code);
                });
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_409_with_retry_after_is_the_same_request_still_running_and_is_retried_with_the_same_key() {
        api.stubFor(post(RELEASES).inScenario("held").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(409).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.error("CONFLICT",
                                "A request with this Idempotency-Key is still being processed; retry later", "[]",
                                "req_held")))
                .willSetStateTo("free"));
        api.stubFor(post(RELEASES).inScenario("held").whenScenarioStateIs("free")
                .willReturn(okJson(Fixtures.release("rel_1")).withStatus(201)));

        Release release = client().releases().create(nightDrive(),
                RequestOptions.builder().idempotencyKey("k-1").build());

        assertThat(release.id()).isEqualTo("rel_1");
        api.verify(2, postRequestedFor(urlEqualTo(RELEASES)).withHeader("Idempotency-Key", equalTo("k-1")));
    }

    @Test
    void a_409_is_not_retried() {
        api.stubFor(post(RELEASES).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT", "This Idempotency-Key was used for a different request", "[]",
                        "req_409"))));

        assertThatThrownBy(() -> client().releases().create(nightDrive()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.requestId()).isEqualTo("req_409"));
        api.verify(1, postRequestedFor(urlEqualTo(RELEASES)));
    }

    @Test
    void a_503_that_lasts_gives_up_after_max_retries() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("SERVICE_UNAVAILABLE", "Down", "[]", "req_down"))));

        assertThatThrownBy(() -> client().releases().retrieve("rel_1"))
                .isInstanceOf(ServiceUnavailableException.class);
        api.verify(3, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_proxys_502_without_the_envelope_still_maps_by_status_and_keeps_the_request_id_header() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(502).withHeader("X-Request-Id", "req_proxy")
                .withBody("<html>Bad gateway</html>")));

        assertThatThrownBy(() -> SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("k").maxRetries(0).build()
                .releases().retrieve("rel_1"))
                .isInstanceOfSatisfying(IntegrationException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.requestId()).isEqualTo("req_proxy");
                });
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void connection_failures_that_last_end_in_an_api_connection_exception() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client().releases().retrieve("rel_1"))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("GET /api/v1/releases/rel_1 failed after 3 attempts");
                });
        api.verify(3, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_connection_failure_never_shows_a_verification_token() {
        String token = "spv_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
        api.stubFor(get("/api/v1/auth/verify-email/" + token)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client().auth().verifyEmail(token))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.getMessage())
                        .contains("GET /api/v1/auth/verify-email/… failed").doesNotContain(token));
    }
}
