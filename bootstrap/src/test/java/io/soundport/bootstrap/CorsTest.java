package io.soundport.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser apps from the origins in ALLOWED_ORIGINS may call the API; others may not. */
class CorsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EmbeddedServer server;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "cors-test-secret-0123456789abcdefghijklmnop",
                "soundport.data-dir", dataDir.toString(),
                "soundport.cors.allowed-origins", "https://app.example.com, https://admin.example.com"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_before_authentication() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/releases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key, content-type"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("X-API-Key", "Idempotency-Key", "If-Match");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PATCH");
    }

    @Test
    void an_allowed_origin_may_read_answers_and_their_headers_even_errors() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/releases"))
                .header("Origin", "https://admin.example.com"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("https://admin.example.com");
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("X-Request-Id", "ETag");
    }

    @Test
    void another_origin_gets_no_access() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/releases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.body()).contains("\"code\":\"AUTHORIZATION_ERROR\"");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> read = send(HttpRequest.newBuilder(server.getURI().resolve("/health/liveness"))
                .header("Origin", "https://evil.example"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
