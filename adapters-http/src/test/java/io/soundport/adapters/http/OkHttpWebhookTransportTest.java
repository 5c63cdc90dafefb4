package io.soundport.adapters.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.webhooks.WebhookTransport.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class OkHttpWebhookTransportTest {
    private static final byte[] BODY = ("{\"id\":\"msg_01\",\"type\":\"release.created\","
            + "\"timestamp\":\"2025-01-02T03:04:05Z\",\"data\":{\"title\":\"Homogenic — Björk\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private WireMockServer receiver;
    private String hookUrl;
    private OkHttpWebhookTransport transport;

    @BeforeEach
    void start() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        hookUrl = "http://127.0.0.1:" + receiver.port() + "/hook";
        // generous bounds: only the timeout test needs a short one, and a loaded machine must not fail the others
        transport = new OkHttpWebhookTransport(new SsrfGuard(List.of("127.0.0.1")),
                Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void a_2xx_is_a_success_with_its_status_and_latency() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204).withFixedDelay(50)));

        Result result = transport.post(hookUrl, Map.of(), BODY);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.statusCode()).isEqualTo(204);
        assertThat(result.error()).isNull();
        assertThat(result.latencyMs()).isBetween(50L, 10_000L);
    }

    @Test
    void a_200_is_a_success() {
        receiver.stubFor(post("/hook").willReturn(ok("thanks")));

        Result result = transport.post(hookUrl, Map.of(), BODY);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.statusCode()).isEqualTo(200);
    }

    @Test
    void a_500_is_a_failure_with_its_status() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(500).withBody("boom")));

        Result result = transport.post(hookUrl, Map.of(), BODY);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isEqualTo(500);
        assertThat(result.error()).isEqualTo("HTTP 500");
    }

    @Test
    void a_receiver_slower_than_the_total_timeout_is_a_failure_that_timed_out() {
        receiver.stubFor(post("/hook").willReturn(ok().withFixedDelay(3_000)));
        OkHttpWebhookTransport impatient = new OkHttpWebhookTransport(new SsrfGuard(List.of("127.0.0.1")),
                Duration.ofSeconds(2), Duration.ofMillis(800));

        long start = System.nanoTime();
        Result result = impatient.post(hookUrl, Map.of(), BODY);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).contains("timed out");
        assertThat(tookMs).isLessThan(2_000);
        assertThat(result.latencyMs()).isBetween(700L, 2_000L);
    }

    @Test
    void a_receiver_that_is_down_is_a_failed_connection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        Result result = transport.post("http://127.0.0.1:" + closedPort + "/hook", Map.of(), BODY);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).startsWith("connection failed");
    }

    @Test
    void a_connection_reset_or_an_empty_answer_is_a_failure_not_an_exception() {
        receiver.stubFor(post("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        receiver.stubFor(post("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Result reset = transport.post("http://127.0.0.1:" + receiver.port() + "/reset", Map.of(), BODY);
        Result empty = transport.post("http://127.0.0.1:" + receiver.port() + "/empty", Map.of(), BODY);

        assertThat(reset.succeeded()).isFalse();
        assertThat(reset.statusCode()).isNull();
        assertThat(reset.error()).isNotBlank();
        assertThat(empty.succeeded()).isFalse();
        assertThat(empty.statusCode()).isNull();
        assertThat(empty.error()).isNotBlank();
    }

    @Test
    void a_redirect_is_a_failure_and_is_not_followed() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + receiver.port() + "/elsewhere")));
        receiver.stubFor(any(urlEqualTo("/elsewhere")).willReturn(ok()));

        Result result = transport.post(hookUrl, Map.of(), BODY);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.error()).isEqualTo("HTTP 302: redirects are not followed");
        receiver.verify(0, anyRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void the_body_and_headers_arrive_byte_for_byte() {
        receiver.stubFor(post("/hook").willReturn(ok()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", "msg_01");
        headers.put("webhook-timestamp", "1735787045");
        headers.put("webhook-signature",
                "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,Hl6XxL0xk2+vjMZ1Bq/E9LKdt3j2a8JHjyT0B1N1Fk8=");
        headers.put("X-Webhook-Signature", "sha256=2b9a197f337de59f5456ed44b1f4267d5350867919da98fda3d34337f1ffa48e");

        Result result = transport.post(hookUrl, headers, BODY);

        assertThat(result.succeeded()).isTrue();
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getBody()).isEqualTo(BODY);
        headers.forEach((name, value) -> assertThat(request.getHeader(name)).as(name).isEqualTo(value));
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).isEqualTo("Soundport-Webhooks/1");
        assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(BODY.length));
    }

    @Test
    void a_large_answer_is_not_read_to_the_end() {
        receiver.stubFor(post("/hook").willReturn(ok("x".repeat(5_000_000))));

        Result result = transport.post(hookUrl, Map.of(), BODY);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.statusCode()).isEqualTo(200);
    }

    @Test
    void a_target_off_the_allow_list_is_refused_before_connecting() {
        receiver.stubFor(any(anyUrl()).willReturn(ok()));
        OkHttpWebhookTransport guarded = new OkHttpWebhookTransport(new SsrfGuard(List.of()),
                Duration.ofSeconds(2), Duration.ofMillis(800));

        Result overHttp = guarded.post(hookUrl, Map.of(), BODY);
        Result overHttps = guarded.post("https://127.0.0.1:" + receiver.port() + "/hook", Map.of(), BODY);

        assertThat(overHttp.succeeded()).isFalse();
        assertThat(overHttp.statusCode()).isNull();
        assertThat(overHttp.error()).isEqualTo("refused by the SSRF guard: url must use https");
        assertThat(overHttps.statusCode()).isNull();
        assertThat(overHttps.error()).startsWith("refused by the SSRF guard: url must not point to a loopback");
        assertThat(receiver.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_name_rebound_to_loopback_after_the_check_is_refused_at_the_dns_lookup() {
        receiver.stubFor(any(anyUrl()).willReturn(ok()));
        // First answer (the check before sending) is public; the lookup OkHttp makes to connect gets loopback.
        List<InetAddress[]> answers = new ArrayList<>(List.of(
                new InetAddress[]{address("93.184.216.34")}, new InetAddress[]{address("127.0.0.1")}));
        SsrfGuard guard = new SsrfGuard(List.of(), host -> answers.remove(0));
        OkHttpWebhookTransport rebound = new OkHttpWebhookTransport(guard,
                Duration.ofSeconds(2), Duration.ofMillis(800));

        Result result = rebound.post("https://rebind.example:" + receiver.port() + "/hook", Map.of(), BODY);

        assertThat(answers).isEmpty();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isEqualTo("refused by the SSRF guard: rebind.example resolves to no public address");
        assertThat(receiver.getAllServeEvents()).isEmpty();
    }

    @Test
    void an_allow_listed_name_is_resolved_and_called() {
        receiver.stubFor(post("/hook").willReturn(ok()));
        SsrfGuard guard = new SsrfGuard(List.of("receiver.test"), host -> new InetAddress[]{address("127.0.0.1")});
        OkHttpWebhookTransport named = new OkHttpWebhookTransport(guard, Duration.ofSeconds(5), Duration.ofSeconds(10));

        Result result = named.post("http://receiver.test:" + receiver.port() + "/hook", Map.of(), BODY);

        assertThat(result.succeeded()).isTrue();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0).getHeader("Host"))
                .isEqualTo("receiver.test:" + receiver.port());
    }

    @Test
    void a_url_the_guard_refuses_for_its_form_is_a_failed_result() {
        Result result = transport.post("ftp://127.0.0.1/hook", Map.of(), BODY);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isEqualTo("refused by the SSRF guard: url must use https");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
