package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.application.platform.IdentitySigner;
import io.soundport.domain.platform.ForwardedIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against two loopback instances: round robin, signed identity, what passes and what does not, retries
 * only where they are safe, the breaker and the health checks taking a killed instance out and a restarted one back,
 * 503 at once with nothing healthy, and bodies streamed both ways. Also the registry's own rules.
 */
@RestTest.ServerProperties({
        "soundport.platform.admins=gateway-operator@example.com",
        "soundport.outbound.allowed-hosts=127.0.0.1,hooks.example.com",
        "soundport.gateway.signing-secret=" + GatewayTest.SECRET,
        "soundport.gateway.breaker-open-for=1s",
        "soundport.gateway.timeout=10s"})
class GatewayTest extends RestTest {
    static final String SECRET = "gateway-test-signing-secret-0123456789abcdef";
    private static Account operator;
    private static Account owner;
    private final List<LoopbackUpstream> upstreams = new ArrayList<>();

    @BeforeAll
    static void accounts() {
        operator = register("gateway-operator@example.com");
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, operator.email())).expect(200);
        owner = register();
    }

    @AfterEach
    void stopUpstreams() {
        upstreams.forEach(LoopbackUpstream::close);
    }

    private LoopbackUpstream upstream(String name) {
        LoopbackUpstream upstream = LoopbackUpstream.start(name);
        upstreams.add(upstream);
        return upstream;
    }

    private static String register(LoopbackUpstream... instances) {
        String name = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> urls = java.util.Arrays.stream(instances).map(LoopbackUpstream::url).toList();
        operator.api().post("/admin/services", obj("name", name, "instances", urls, "health_path", "/health",
                "health_interval_s", 1)).expect(201);
        return name;
    }

    private static JsonNode service(String name) {
        for (JsonNode s : operator.api().get("/admin/services").expect(200).json().path("data")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no service " + name);
    }

    private static JsonNode instance(String service, LoopbackUpstream upstream) {
        for (JsonNode i : service(service).path("instance_status")) {
            if (i.path("url").asText().equals(upstream.url())) {
                return i;
            }
        }
        throw new AssertionError("no instance " + upstream.url());
    }

    private static void await(String what, Duration within, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String instanceOf(Api.Response r) {
        return r.expect(200).json().path("instance").asText();
    }

    @Test
    void requests_alternate_between_the_instances_with_path_query_and_a_verifiable_identity() {
        LoopbackUpstream a = upstream("a");
        LoopbackUpstream b = upstream("b");
        String service = register(a, b);

        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api.Response r = owner.api().get("/gateway/" + service + "/users/42?expand=all&x=%2F");
            answeredBy.add(instanceOf(r));
            assertThat(r.json().path("path").asText()).isEqualTo("/users/42");
            assertThat(r.json().path("query").asText()).isEqualTo("expand=all&x=%2F");
        }
        assertThat(answeredBy.get(0)).isNotEqualTo(answeredBy.get(1));
        assertThat(answeredBy.get(0)).isEqualTo(answeredBy.get(2));
        assertThat(answeredBy.get(1)).isEqualTo(answeredBy.get(3));

        LoopbackUpstream.Received got = a.calls().get(0);
        String timestamp = got.header("X-Soundport-Timestamp");
        assertThat(got.header("X-Soundport-Organization")).isEqualTo(owner.organizationId());
        assertThat(got.header("X-Soundport-Actor")).isEqualTo("user:" + owner.userId());
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        ForwardedIdentity received = new ForwardedIdentity(got.header("X-Soundport-Organization"),
                got.header("X-Soundport-Actor"), Long.parseLong(timestamp), got.header("X-Soundport-Signature"));
        assertThat(new IdentitySigner(SECRET).verify(received, "GET", "/users/42")).isTrue();
        assertThat(new IdentitySigner(SECRET + "x").verify(received, "GET", "/users/42")).isFalse();
        assertThat(new IdentitySigner(SECRET).verify(received, "GET", "/users/43")).isFalse();
        assertThat(got.header("Authorization")).isNull();
        assertThat(got.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(got.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(got.header("X-Forwarded-Host")).isEqualTo(server.getURI().getAuthority());
    }

    @Test
    void an_api_key_is_an_actor_too_and_its_key_is_not_forwarded_and_forged_identity_headers_are_stripped() {
        LoopbackUpstream a = upstream("a");
        String service = register(a);
        String key = createKey(owner, "write");

        Api forger = api.withKey(key)
                .with("X-Soundport-Organization", "org_forged")
                .with("X-Soundport-Actor", "user:usr_forged")
                .with("X-Soundport-Signature", "v1=forged")
                .with("X-Forwarded-For", "203.0.113.9");
        instanceOf(forger.post("/gateway/" + service + "/orders", obj("item", 1)));

        LoopbackUpstream.Received got = a.calls().get(0);
        assertThat(got.headers().get("x-soundport-organization")).containsExactly(owner.organizationId());
        assertThat(got.header("X-Soundport-Actor")).startsWith("api_key:");
        assertThat(got.headers().get("x-soundport-signature")).hasSize(1).first().asString().isNotEqualTo("v1=forged");
        assertThat(got.headers().get("x-forwarded-for")).containsExactly("127.0.0.1");
        assertThat(got.header("X-API-Key")).isNull();
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
        assertThat(got.bodyLength()).isEqualTo("{\"item\":1}".length());
    }

    @Test
    void hop_by_hop_headers_are_dropped_both_ways() throws IOException {
        LoopbackUpstream a = upstream("a");
        String service = register(a);

        String head;
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/gateway/" + service + "/hop HTTP/1.1\r\n"
                    + "Host: " + server.getURI().getAuthority() + "\r\n"
                    + "Authorization: Bearer " + owner.accessToken() + "\r\n"
                    + "Connection: close, X-Client-Hop\r\n"
                    + "X-Client-Hop: dropped\r\n"
                    + "Keep-Alive: timeout=5\r\n"
                    + "TE: trailers\r\n"
                    + "Proxy-Authorization: Basic eDp5\r\n"
                    + "X-End-To-End: kept\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            head = readHead(socket.getInputStream());
        }

        assertThat(head).startsWith("HTTP/1.1 200");
        String answerHeaders = head.substring(0, head.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(answerHeaders).contains("x-upstream: a").doesNotContain("x-upstream-hop")
                .doesNotContain("keep-alive").doesNotContain("proxy-authenticate");
        LoopbackUpstream.Received got = a.calls().get(0);
        assertThat(got.header("X-End-To-End")).isEqualTo("kept");
        assertThat(got.headers()).doesNotContainKeys("x-client-hop", "keep-alive", "te", "proxy-authorization");
        assertThat(got.header("Connection")).isNotEqualToIgnoringCase("close, X-Client-Hop");
    }

    @Test
    void an_idempotent_request_goes_on_to_the_other_instance_and_a_post_is_sent_once() {
        LoopbackUpstream a = upstream("a");
        LoopbackUpstream b = upstream("b");
        a.unavailable.set(true);
        String service = register(a, b);

        for (int i = 0; i < 4; i++) {
            assertThat(instanceOf(owner.api().get("/gateway/" + service + "/unavailable"))).isEqualTo("b");
        }

        Api.Response post = owner.api().post("/gateway/" + service + "/fail", obj("charge", 100));

        post.expect(503);
        assertThat(post.json().path("upstream").asText()).isEqualTo("unavailable");
        long posts = a.calls().stream().filter(r -> r.method().equals("POST")).count()
                + b.calls().stream().filter(r -> r.method().equals("POST")).count();
        assertThat(posts).isEqualTo(1);
    }

    @Test
    void a_killed_instance_is_skipped_by_its_breaker_taken_out_by_the_checks_and_back_once_restarted() {
        LoopbackUpstream a = upstream("a");
        LoopbackUpstream b = upstream("b");
        String service = register(a, b);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            seen.add(instanceOf(owner.api().get("/gateway/" + service + "/before")));
        }
        assertThat(seen).containsExactlyInAnyOrder("a", "b");

        a.kill();
        for (int i = 0; i < 10; i++) {
            assertThat(instanceOf(owner.api().get("/gateway/" + service + "/during"))).isEqualTo("b");
        }
        assertThat(instance(service, a).path("breaker").asText()).isEqualTo("OPEN");
        await("the checks take the killed instance out", Duration.ofSeconds(15),
                () -> !instance(service, a).path("healthy").asBoolean());
        assertThat(instance(service, b).path("healthy").asBoolean()).isTrue();

        a.restart();
        await("the checks put the restarted instance back", Duration.ofSeconds(15),
                () -> instance(service, a).path("healthy").asBoolean());
        Set<String> after = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            after.add(instanceOf(owner.api().get("/gateway/" + service + "/after")));
        }
        assertThat(after).containsExactlyInAnyOrder("a", "b");
        assertThat(instance(service, a).path("breaker").asText()).isEqualTo("CLOSED");

        a.kill();
        b.kill();
        Api.Response unreachable = owner.api().get("/gateway/" + service + "/gone");
        unreachable.error(503, "SERVICE_UNAVAILABLE");
        await("the checks take both out", Duration.ofSeconds(15),
                () -> !instance(service, a).path("healthy").asBoolean()
                        && !instance(service, b).path("healthy").asBoolean());
        long start = System.nanoTime();
        Api.Response none = owner.api().get("/gateway/" + service + "/gone");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        none.error(503, "SERVICE_UNAVAILABLE");
        // at once: no instance is tried, far from the 2 s connect timeout and the 10 s timeout
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void bodies_of_twenty_megabytes_stream_both_ways() throws Exception {
        LoopbackUpstream a = upstream("a");
        String service = register(a);
        byte[] upload = new byte[20 * 1024 * 1024];
        new java.util.Random(7).nextBytes(upload);

        Api.Response put = owner.api().send("PUT", "/gateway/" + service + "/blobs/1", upload,
                "application/octet-stream");

        put.expect(200);
        assertThat(put.json().path("body_length").asLong()).isEqualTo(upload.length);
        assertThat(put.json().path("body_sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload)));

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> download = client.send(HttpRequest.newBuilder(
                        server.getURI().resolve("/api/v1/gateway/" + service + "/bytes?n=" + upload.length))
                .header("Authorization", "Bearer " + owner.accessToken()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        long received = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received += n;
            }
        }
        assertThat(received).isEqualTo(upload.length);
    }

    @Test
    void an_unknown_service_is_not_found_and_a_read_only_key_cannot_write_through_the_gateway() {
        LoopbackUpstream a = upstream("a");
        String service = register(a);
        String readKey = createKey(owner, "read");

        owner.api().get("/gateway/no-such-service/x").error(404, "NOT_FOUND");
        owner.api().get("/gateway/Not_A_Slug/x").error(404, "NOT_FOUND");
        api.get("/gateway/" + service + "/x").error(401, "AUTHENTICATION_ERROR");
        assertThat(instanceOf(api.withKey(readKey).get("/gateway/" + service + "/x"))).isEqualTo("a");
        api.withKey(readKey).post("/gateway/" + service + "/x", obj()).error(403, "AUTHORIZATION_ERROR");
        assertThat(a.calls()).hasSize(1);
    }

    @Test
    void only_platform_operators_manage_the_registry() {
        LoopbackUpstream a = upstream("a");
        String service = register(a);
        Account stranger = register();
        Object body = obj("name", "svc-stranger", "instances", List.of(a.url()));

        stranger.api().get("/admin/services").error(403, "AUTHORIZATION_ERROR");
        stranger.api().post("/admin/services", body).error(403, "AUTHORIZATION_ERROR");
        stranger.api().delete("/admin/services/" + service).error(403, "AUTHORIZATION_ERROR");
        api.withKey(createKey(owner, "admin")).get("/admin/services").error(403, "AUTHORIZATION_ERROR");
        assertThat(service(service).path("instances")).hasSize(1);
    }

    @Test
    void the_registry_refuses_bad_input_and_repeated_names_and_honours_idempotency_keys() {
        LoopbackUpstream a = upstream("a");
        String name = "svc-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response bad = operator.api().post("/admin/services", obj("name", "Bad Name", "instances",
                List.of("http://10.0.0.1/x", "ftp://example.com"), "health_path", "health", "health_interval_s", 0));
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("name", "instances[0]", "instances[1]",
                "health_path", "health_interval_s");
        operator.api().post("/admin/services", obj("name", name, "instances", List.of())).error(400, "VALIDATION_ERROR");

        Api keyed = operator.api().with("Idempotency-Key", "register-" + name);
        JsonNode created = keyed.post("/admin/services", obj("name", name, "instances", List.of(a.url())))
                .expect(201).json();
        assertThat(created.path("health_path").asText()).isEqualTo("/health");
        assertThat(created.path("health_interval_s").asLong()).isEqualTo(10);
        assertThat(created.path("instance_status").get(0).path("breaker").asText()).isEqualTo("CLOSED");
        Api.Response replay = keyed.post("/admin/services", obj("name", name, "instances", List.of(a.url())));
        replay.expect(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        operator.api().post("/admin/services", obj("name", name, "instances", List.of(a.url())))
                .error(409, "CONFLICT");

        operator.api().delete("/admin/services/" + name).expect(204);
        operator.api().delete("/admin/services/" + name).error(404, "NOT_FOUND");
        owner.api().get("/gateway/" + name + "/x").error(404, "NOT_FOUND");
        assertThat(operator.api().get("/admin/services").expect(200).json().path("data").findValuesAsText("name"))
                .doesNotContain(name);
    }

    /** The status line and headers of an answer, read up to the blank line that ends them. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
