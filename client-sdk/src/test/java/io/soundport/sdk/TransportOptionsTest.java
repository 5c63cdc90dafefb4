package io.soundport.sdk;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ApiConnectionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseUpdateParams;
import io.soundport.sdk.param.TrackParams;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request options, response metadata, deadlines and the builder's transport settings, against WireMock. */
class TransportOptionsTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    private static final String RELEASE = "/api/v1/releases/rel_1";
    private static final String UNAVAILABLE = """
            {"error":{"code":"SERVICE_UNAVAILABLE","message":"The database is unreachable","details":[],
             "request_id":"req_down"}}""";

    private SoundportClient.Builder builder() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key")
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }

    private SoundportClient client() {
        return builder().build();
    }

    private static RequestOptions.Builder options() {
        return RequestOptions.builder();
    }

    @Test
    void the_metadata_of_a_success_is_the_last_response_of_the_thread() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1")).withHeader("ETag", "\"7\"")
                .withHeader("X-Request-Id", "req_abc").withHeader("Idempotent-Replayed", "true")
                .withHeader("X-RateLimit-Limit", "100").withHeader("X-RateLimit-Remaining", "99")
                .withHeader("X-RateLimit-Reset", "1767225600").withHeader("X-Multi", "a", "b")));
        SoundportClient client = client();
        assertThat(client.lastResponse()).isNull();

        client.releases().retrieve("rel_1");

        ResponseMetadata meta = client.lastResponse();
        assertThat(meta.status()).isEqualTo(200);
        assertThat(meta.requestId()).isEqualTo("req_abc");
        assertThat(meta.etag()).isEqualTo("\"7\"");
        assertThat(meta.version()).isEqualTo(7L);
        assertThat(meta.idempotentReplayed()).isTrue();
        assertThat(meta.rateLimitLimit()).isEqualTo(100L);
        assertThat(meta.rateLimitRemaining()).isEqualTo(99L);
        assertThat(meta.rateLimitReset()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(meta.retryAfter()).isNull();
        assertThat(meta.header("x-request-id")).isEqualTo("req_abc");
        assertThat(meta.headerValues("x-multi")).containsExactly("a", "b");
        assertThat(meta.headers().get("ETAG")).containsExactly("\"7\"");
        assertThatThrownBy(() -> meta.headers().put("X-New", List.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> meta.headerValues("X-Multi").add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_answer_without_those_headers_leaves_them_null_and_a_weak_or_opaque_etag_is_read_as_it_can_be() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1")).withHeader("ETag", "W/\"12\"")));
        api.stubFor(get("/api/v1/releases/rel_2").willReturn(okJson(Fixtures.release("rel_2"))
                .withHeader("ETag", "\"abc\"")));
        SoundportClient client = client();

        client.releases().retrieve("rel_1");
        ResponseMetadata weak = client.lastResponse();
        client.releases().retrieve("rel_2");
        ResponseMetadata opaque = client.lastResponse();

        assertThat(weak.version()).isEqualTo(12L);
        assertThat(weak.idempotentReplayed()).isFalse();
        assertThat(weak.rateLimitLimit()).isNull();
        assertThat(weak.rateLimitRemaining()).isNull();
        assertThat(weak.rateLimitReset()).isNull();
        assertThat(opaque.etag()).isEqualTo("\"abc\"");
        assertThat(opaque.version()).isNull();
    }

    @Test
    void an_error_carries_the_metadata_of_its_answer_and_a_failure_without_an_answer_has_none() {
        api.stubFor(patch412());
        api.stubFor(get("/api/v1/releases/gone").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SoundportClient client = builder().maxRetries(0).build();

        assertThatThrownBy(() -> client.releases().update("rel_1", ReleaseUpdateParams.builder().title("x").build(),
                options().ifMatch(3).build()))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                    assertThat(e.response().status()).isEqualTo(412);
                    assertThat(e.response().version()).isEqualTo(5L);
                    assertThat(e.response().requestId()).isEqualTo("req_412");
                });
        assertThat(client.lastResponse().status()).isEqualTo(412);

        assertThatThrownBy(() -> client.releases().retrieve("gone"))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.response()).isNull());
        assertThat(client.lastResponse()).isNull();
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder patch412() {
        return com.github.tomakehurst.wiremock.client.WireMock.patch(RELEASE).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"5\"")
                .withHeader("X-Request-Id", "req_412").withBody("""
                        {"error":{"code":"PRECONDITION_FAILED","message":"The release changed","details":[],
                         "request_id":"req_412"}}"""));
    }

    @Test
    void eight_threads_sharing_a_client_each_see_the_answer_to_their_own_call() throws Exception {
        for (int i = 0; i < 8; i++) {
            api.stubFor(get("/api/v1/releases/rel_" + i).willReturn(okJson(Fixtures.release("rel_" + i))
                    .withHeader("X-Request-Id", "req_" + i).withHeader("ETag", "\"" + i + "\"")
                    .withFixedDelay(i * 15)));
        }
        SoundportClient client = client();
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                Callable<String> call = () -> {
                    start.await();
                    client.releases().retrieve("rel_" + n);
                    // the other threads answer meanwhile: the thread's own answer must stay its own
                    Thread.sleep(150);
                    return client.lastResponse().requestId() + "/" + client.lastResponse().version();
                };
                seen.add(pool.submit(call));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(seen.get(i).get()).isEqualTo("req_" + i + "/" + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extra_headers_and_a_request_id_are_sent() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1"))));

        client().releases().retrieve("rel_1", options().header("X-Trace-Parent", "00-abc-01")
                .header("x-tenant-hint", "a").header("X-Tenant-Hint", "b").requestId("trace:42").build());

        api.verify(getRequestedFor(urlEqualTo(RELEASE)).withHeader("X-Trace-Parent", equalTo("00-abc-01"))
                .withHeader("X-Tenant-Hint", equalTo("b")).withHeader("X-Request-Id", equalTo("trace:42"))
                .withHeader("X-API-Key", equalTo("sk_test_key")));
    }

    @Test
    void headers_the_sdk_owns_and_values_a_header_cannot_carry_are_refused_where_they_are_given() {
        for (String owned : List.of("Authorization", "x-api-key", "Idempotency-Key", "If-Match", "If-None-Match",
                "Content-Type", "X-Request-Id", "User-Agent", "Accept")) {
            assertThatThrownBy(() -> options().header(owned, "x"), owned)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set by the SDK");
        }
        assertThatThrownBy(() -> options().header("X-Evil", "a\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line breaks");
        assertThatThrownBy(() -> options().header("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options().requestId("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options().idempotencyKey("clé")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options().maxRetries(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options().deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_option_a_method_does_not_take_fails_before_anything_is_sent() {
        SoundportClient client = client();
        RequestOptions key = options().idempotencyKey("k-1").build();
        RequestOptions version = options().ifMatch(3).build();

        assertThatThrownBy(() -> client.releases().retrieve("rel_1", key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no idempotencyKey");
        assertThatThrownBy(() -> client.releases().update("rel_1", ReleaseUpdateParams.builder().title("x").build(), key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PATCH");
        assertThatThrownBy(() -> client.releases().delete("rel_1", key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.auth().logout("rt", key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not deduplicate");
        assertThatThrownBy(() -> client.releases().create(nightDrive(), version))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no ifMatch");
        assertThatThrownBy(() -> client.releases().retrieve("rel_1", version)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.apiKeys().revoke("app_1", "key_1", version))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no ifMatch");

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void the_methods_that_take_if_match_send_it_and_a_post_the_server_does_not_deduplicate_has_no_key() {
        api.stubFor(delete(RELEASE).willReturn(aResponse().withStatus(204)));
        api.stubFor(post(RELEASE + "/submit").willReturn(okJson(Fixtures.release("rel_1"))));
        api.stubFor(post("/api/v1/releases").willReturn(okJson(Fixtures.release("rel_1")).withStatus(201)));
        api.stubFor(post("/api/v1/auth/logout").willReturn(aResponse().withStatus(204)));
        SoundportClient client = client();

        client.releases().delete("rel_1", options().ifMatch(4).build());
        client.releases().submit("rel_1", options().ifMatch(4).build());
        client.releases().create(nightDrive());
        client.auth().logout("rt");

        api.verify(deleteRequestedFor(urlEqualTo(RELEASE)).withHeader("If-Match", equalTo("\"4\"")));
        api.verify(postRequestedFor(urlEqualTo(RELEASE + "/submit")).withHeader("If-Match", equalTo("\"4\""))
                .withHeader("Idempotency-Key", matching(".+")));
        api.verify(postRequestedFor(urlEqualTo("/api/v1/releases")).withHeader("Idempotency-Key", matching(".+")));
        api.verify(postRequestedFor(urlEqualTo("/api/v1/auth/logout")).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void every_delete_takes_if_match_and_sends_it() {
        api.stubFor(delete(urlMatching("/api/v1/.*")).willReturn(aResponse().withStatus(204)));
        SoundportClient client = client();
        RequestOptions v4 = options().ifMatch(4).build();

        client.releases().delete("rel_1", v4);
        client.tracks().delete("trk_1", v4);
        client.artists().delete("art_1", v4);
        client.apps().delete("app_1", v4);
        client.partners().delete("ptn_1", v4);
        client.webhooks().delete("whe_1", v4);
        client.workflow().deleteRule("wfr_1", v4);
        client.organization().removeMember("usr_1", v4);

        List<String> deleted = api.findAll(deleteRequestedFor(urlMatching("/api/v1/.*"))
                .withHeader("If-Match", equalTo("\"4\""))).stream().map(r -> r.getUrl()).toList();
        assertThat(deleted).containsExactly("/api/v1/releases/rel_1", "/api/v1/tracks/trk_1", "/api/v1/artists/art_1",
                "/api/v1/apps/app_1", "/api/v1/partners/ptn_1", "/api/v1/webhooks/whe_1", "/api/v1/workflow/rules/wfr_1",
                "/api/v1/organization/members/usr_1");
    }

    @Test
    void max_retries_per_request_overrides_the_clients() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody(UNAVAILABLE)));
        SoundportClient client = client();

        assertThatThrownBy(() -> client.releases().retrieve("rel_1", options().maxRetries(0).build()))
                .isInstanceOf(ServiceUnavailableException.class);
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));

        api.resetRequests();
        assertThatThrownBy(() -> client.releases().retrieve("rel_1")).isInstanceOf(ServiceUnavailableException.class);
        api.verify(3, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void a_slow_answer_fails_when_the_deadline_passes_and_says_so() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1")).withFixedDelay(3_000)));
        SoundportClient client = client();

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.releases().retrieve("rel_1", options().deadline(Duration.ofMillis(400)).build()))
                .isInstanceOf(ApiConnectionException.class).hasMessageContaining("deadline of 400 ms passed");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void the_builders_deadline_covers_every_attempt_and_pause() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody(UNAVAILABLE).withFixedDelay(600)));
        // eleven attempts of 600 ms each would take over six seconds: the deadline stops them
        SoundportClient client = builder().maxRetries(10).deadline(Duration.ofMillis(1_000)).build();

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.releases().retrieve("rel_1"))
                .isInstanceOf(SoundportException.class).hasMessageContaining("deadline of 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_000));
        assertThat(api.countRequestsMatching(getRequestedFor(urlEqualTo(RELEASE)).build()).getCount())
                .isLessThanOrEqualTo(2);
    }

    @Test
    void a_retry_that_cannot_finish_before_the_deadline_is_not_started() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")
                .withHeader("Content-Type", "application/json").withBody(UNAVAILABLE)));
        SoundportClient client = client();

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.releases().retrieve("rel_1", options().deadline(Duration.ofSeconds(1)).build()))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                    assertThat(e.getMessage()).contains("not retried: the deadline of 1 s would pass");
                    assertThat(e.response().retryAfter()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(e.requestId()).isEqualTo("req_down");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_800));
        api.verify(1, getRequestedFor(urlEqualTo(RELEASE)));
    }

    @Test
    void retrieve_if_modified_sends_if_none_match_and_is_empty_on_304() {
        api.stubFor(get(RELEASE).withHeader("If-None-Match", equalTo("\"3\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"")));
        api.stubFor(get(RELEASE).withHeader("If-None-Match", equalTo("\"2\""))
                .willReturn(okJson(Fixtures.release("rel_1")).withHeader("ETag", "\"3\"")));
        SoundportClient client = client();

        Optional<Release> unchanged = client.releases().retrieveIfModified("rel_1", 3);
        assertThat(unchanged).isEmpty();
        assertThat(client.lastResponse().status()).isEqualTo(304);
        assertThat(client.lastResponse().version()).isEqualTo(3L);

        Optional<Release> changed = client.releases().retrieveIfModified("rel_1", 2);
        assertThat(changed).map(Release::id).contains("rel_1");
        assertThat(client.lastResponse().status()).isEqualTo(200);
    }

    @Test
    void a_304_to_a_plain_read_is_an_error_not_an_empty_release() {
        api.stubFor(get(RELEASE).willReturn(aResponse().withStatus(304)));

        assertThatThrownBy(() -> client().releases().retrieve("rel_1")).isInstanceOf(SoundportException.class);
    }

    @Test
    void app_info_goes_into_the_user_agent_and_must_be_tokens() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1"))));

        builder().appInfo("MyApp", "1.2", "https://myapp.example/about").build().releases().retrieve("rel_1");
        builder().appInfo("Ingest-Bot", "0.9").build().releases().retrieve("rel_1");
        client().releases().retrieve("rel_1");

        api.verify(getRequestedFor(urlEqualTo(RELEASE)).withHeader("User-Agent",
                equalTo("soundport-java/" + Transport.VERSION + " MyApp/1.2 (+https://myapp.example/about)")));
        api.verify(getRequestedFor(urlEqualTo(RELEASE)).withHeader("User-Agent",
                equalTo("soundport-java/" + Transport.VERSION + " Ingest-Bot/0.9")));
        api.verify(getRequestedFor(urlEqualTo(RELEASE)).withHeader("User-Agent",
                equalTo("soundport-java/" + Transport.VERSION)));
        assertThatThrownBy(() -> builder().appInfo("My App", "1.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().appInfo("MyApp", "1.2/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().appInfo("MyApp", "1.2", "ftp://x.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_given_http_client_keeps_its_interceptors_and_survives_the_sdk_clients_close() {
        api.stubFor(get(RELEASE).willReturn(okJson(Fixtures.release("rel_1"))));
        OkHttpClient given = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                .header("X-Via-Interceptor", "yes").build())).build();
        SoundportClient client = builder().httpClient(given).build();

        client.releases().retrieve("rel_1");
        client.close();

        api.verify(getRequestedFor(urlEqualTo(RELEASE)).withHeader("X-Via-Interceptor", equalTo("yes")));
        assertThat(client.http()).isNotSameAs(given);
        assertThat(client.http().retryOnConnectionFailure()).isFalse();
        assertThat(given.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(given.retryOnConnectionFailure()).isTrue();
        assertThatThrownBy(() -> client.releases().retrieve("rel_1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closing_a_client_the_sdk_built_shuts_its_dispatcher_and_then_calls_are_refused() {
        SoundportClient client;
        try (SoundportClient c = client()) {
            client = c;
        }
        client.close();

        assertThat(client.http().dispatcher().executorService().isShutdown()).isTrue();
        assertThatThrownBy(() -> client.releases().list()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void the_builder_refuses_nonsense_transport_settings() {
        assertThatThrownBy(() -> builder().writeTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().deadline(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().initialBackoff(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().httpClient(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1))
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxBackoff");
    }

    private static ReleaseCreateParams nightDrive() {
        return ReleaseCreateParams.builder().title("Night Drive").artistName("The Midnight").upc("036000291452")
                .releaseDate(LocalDate.of(2026, 12, 4)).territories("US", "GB")
                .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build())
                .build();
    }
}
