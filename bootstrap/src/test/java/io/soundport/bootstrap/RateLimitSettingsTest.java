package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The request limits' settings: calls without credentials per client address, and turning the limits off. */
class RateLimitSettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Its own pool: each test starts a server, and the second may get the port the first one freed. */
    private final HttpClient http = HttpClient.newHttpClient();

    private static EmbeddedServer start(Path dataDir, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "rate-limit-settings-secret-0123456789abcdefgh",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.http.trusted-proxies", "127.0.0.1"));
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void calls_without_credentials_are_limited_per_client_address(@TempDir Path dataDir) throws Exception {
        try (EmbeddedServer server = start(dataDir, Map.of("soundport.rate-limits.anonymous-per-ip-per-hour", 3))) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = login(server, "198.51.100.7");
                assertThat(answer.statusCode()).isEqualTo(401);
                assertThat(answer.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
                assertThat(answer.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(2 - i));
            }

            HttpResponse<String> refused = login(server, "198.51.100.7");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(JSON.readTree(refused.body()).path("error").path("code").asText())
                    .isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 2 * 3_600L);
            assertThat(login(server, "198.51.100.8").statusCode()).as("another client").isEqualTo(401);
        }
    }

    @Test
    void turned_off_nothing_is_limited_or_announced(@TempDir Path dataDir) throws Exception {
        try (EmbeddedServer server = start(dataDir, Map.of("soundport.rate-limits.enabled", false,
                "soundport.rate-limits.free", 2, "soundport.rate-limits.anonymous-per-ip-per-hour", 1))) {
            String token = JSON.readTree(send(server, "POST", "/api/v1/auth/register", null, "198.51.100.9",
                    "{\"email\":\"off-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct horse battery\","
                            + "\"name\":\"Off\",\"organization_name\":\"Off Records\"}").body())
                    .path("access_token").asText();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> answer = send(server, "GET", "/api/v1/releases", token, "198.51.100.9", null);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("X-RateLimit-Limit")).isEmpty();
            }
        }
    }

    private HttpResponse<String> login(EmbeddedServer server, String forwardedFor) throws Exception {
        return send(server, "POST", "/api/v1/auth/login", null, forwardedFor,
                "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.com\",\"password\":\"wrong\"}");
    }

    private HttpResponse<String> send(EmbeddedServer server, String method, String path, String token,
                                      String forwardedFor, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("X-Forwarded-For", forwardedFor)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
