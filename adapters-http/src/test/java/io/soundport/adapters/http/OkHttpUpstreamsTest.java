package io.soundport.adapters.http;

import com.sun.net.httpserver.HttpServer;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.platform.ForwardedIdentity;
import io.soundport.domain.platform.Header;
import io.soundport.domain.platform.Origin;
import io.soundport.domain.platform.UpstreamAttempt;
import io.soundport.domain.platform.UpstreamRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OkHttpUpstreamsTest {
    private static final ForwardedIdentity IDENTITY = new ForwardedIdentity("org_1", "user:usr_1", 1_700_000_000L,
            "v1=abc");
    private static final Origin ORIGIN = new Origin("203.0.113.7", "https", "api.example.com");
    private final SsrfGuard guard = new SsrfGuard(List.of("127.0.0.1"));
    private final OkHttpUpstreams upstreams = new OkHttpUpstreams(guard, Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofMillis(300));
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, Map<String, List<String>> received, AtomicInteger calls) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestHeaders().forEach((k, v) -> received.put(k.toLowerCase(), v));
            exchange.getResponseHeaders().add("Connection", "X-Hop");
            exchange.getResponseHeaders().add("X-Hop", "1");
            exchange.getResponseHeaders().add("X-Kept", "1");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static UpstreamRequest request(String method, List<Header> headers) {
        return new UpstreamRequest(method, "/x", "q=1", headers, null, 0, ORIGIN, IDENTITY);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void forwards_what_may_pass_adds_the_identity_and_drops_hop_by_hop_headers_both_ways() throws IOException {
        Map<String, List<String>> received = new ConcurrentHashMap<>();
        String instance = serve(200, received, new AtomicInteger());

        UpstreamAttempt attempt = upstreams.send(instance, request("GET", List.of(
                new Header("Authorization", "Bearer secret"), new Header("X-API-Key", "sp_live_x"),
                new Header("X-Soundport-Actor", "user:forged"), new Header("Connection", "X-Client-Hop"),
                new Header("X-Client-Hop", "1"), new Header("TE", "trailers"), new Header("X-Kept", "yes"),
                new Header("X-Forwarded-For", "198.51.100.1"))));

        assertThat(attempt).isInstanceOf(UpstreamAttempt.Answered.class);
        List<Header> back = ((UpstreamAttempt.Answered) attempt).answer().headers();
        assertThat(back).extracting(Header::name).map(String::toLowerCase).contains("x-kept")
                .doesNotContain("x-hop", "connection");
        assertThat(received).doesNotContainKeys("authorization", "x-api-key", "x-client-hop", "te");
        assertThat(received.get("x-kept")).containsExactly("yes");
        assertThat(received.get("x-soundport-actor")).containsExactly("user:usr_1");
        assertThat(received.get("x-soundport-organization")).containsExactly("org_1");
        assertThat(received.get("x-soundport-timestamp")).containsExactly("1700000000");
        assertThat(received.get("x-soundport-signature")).containsExactly("v1=abc");
        assertThat(received.get("x-forwarded-for")).containsExactly("203.0.113.7");
        assertThat(received.get("x-forwarded-proto")).containsExactly("https");
        assertThat(received.get("x-forwarded-host")).containsExactly("api.example.com");
        assertThat(received.get("accept-encoding")).containsExactly("identity");
    }

    @Test
    void a_refused_connection_is_unreachable_and_an_instance_that_hangs_up_after_the_request_failed() throws Exception {
        assertThat(upstreams.send("http://127.0.0.1:" + closedPort(), request("GET", List.of())))
                .isInstanceOf(UpstreamAttempt.Unreachable.class);

        try (ServerSocket hangsUp = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket s = hangsUp.accept(); InputStream in = s.getInputStream()) {
                    in.read(new byte[1024]);   // the request arrived; no answer
                } catch (IOException ignored) {
                    // the test is over
                }
            });
            acceptor.start();
            UpstreamAttempt attempt = upstreams.send("http://127.0.0.1:" + hangsUp.getLocalPort(),
                    request("GET", List.of()));
            assertThat(attempt).isInstanceOf(UpstreamAttempt.Failed.class);
            acceptor.join(5_000);
        }
    }

    @Test
    void a_name_that_resolves_to_a_private_address_when_called_is_unreachable_through_the_guard() {
        // IP literals are refused when a service is registered; a name is checked again on every call
        SsrfGuard repointed = new SsrfGuard(List.of(), host -> new InetAddress[]{address(10, 1, 2, 3)});
        OkHttpUpstreams guarded = new OkHttpUpstreams(repointed, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(1));

        UpstreamAttempt attempt = guarded.send("https://internal.example.com", request("GET", List.of()));

        assertThat(attempt).isInstanceOf(UpstreamAttempt.Unreachable.class);
        assertThat(((UpstreamAttempt.Unreachable) attempt).reason()).contains("SSRF");
        assertThat(guarded.probe("https://internal.example.com", "/health")).isFalse();
    }

    private static InetAddress address(int... bytes) {
        try {
            return InetAddress.getByAddress(new byte[]{(byte) bytes[0], (byte) bytes[1], (byte) bytes[2],
                    (byte) bytes[3]});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_breaker_opens_after_three_failures_refuses_without_a_call_and_closes_after_a_good_trial() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String instance = serve(503, new ConcurrentHashMap<>(), calls);
        assertThat(upstreams.breaker(instance)).isEqualTo(BreakerState.CLOSED);

        for (int i = 0; i < 3; i++) {
            UpstreamAttempt a = upstreams.send(instance, request("GET", List.of()));
            assertThat(((UpstreamAttempt.Answered) a).answer().unavailable()).isTrue();
        }
        assertThat(upstreams.breaker(instance)).isEqualTo(BreakerState.OPEN);
        assertThat(upstreams.send(instance, request("GET", List.of()))).isInstanceOf(UpstreamAttempt.Refused.class);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(upstreams.probe(instance, "/health")).as("probes pass outside the breaker, and 503 fails them")
                .isFalse();

        server.stop(0);
        String same = instance;
        int port = Integer.parseInt(same.substring(same.lastIndexOf(':') + 1));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Thread.sleep(400);

        assertThat(upstreams.send(instance, request("GET", List.of()))).isInstanceOf(UpstreamAttempt.Answered.class);
        assertThat(upstreams.breaker(instance)).isEqualTo(BreakerState.CLOSED);
        assertThat(upstreams.probe(instance, "/health")).isTrue();
    }
}
