package io.soundport.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins count per client address: behind a trusted proxy the address {@code X-Forwarded-For} names, and
 * otherwise the peer's, whatever the header claims.
 */
class ClientAddressThrottlingTest {
    /** Its own pool: each test starts a server, and the second may get the port the first one freed. */
    private final HttpClient http = HttpClient.newHttpClient();

    private static EmbeddedServer start(Path dataDir, String trustedProxies) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "client-address-test-secret-0123456789abcdefgh",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.http.trusted-proxies", trustedProxies));
    }

    private int login(EmbeddedServer server, String email, String password, String forwardedFor)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String email() {
        return "guess-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_count(@TempDir Path dataDir) throws Exception {
        try (EmbeddedServer server = start(dataDir, "127.0.0.1")) {
            String email = email();
            for (int i = 0; i < 5; i++) {
                assertThat(login(server, email, "wrong", "198.51.100.1")).isEqualTo(401);
            }

            assertThat(login(server, email, "wrong", "198.51.100.1")).isEqualTo(429);
            assertThat(login(server, email, "wrong", "203.0.113.9, 198.51.100.1")).as("the nearest hop counts")
                    .isEqualTo(429);
            assertThat(login(server, email, "wrong", "198.51.100.2")).as("another client").isEqualTo(401);
        }
    }

    @Test
    void without_a_trusted_proxy_the_header_changes_nothing(@TempDir Path dataDir) throws Exception {
        try (EmbeddedServer server = start(dataDir, "")) {
            String email = email();
            for (int i = 0; i < 5; i++) {
                assertThat(login(server, email, "wrong", "198.51.100." + i)).isEqualTo(401);
            }

            assertThat(login(server, email, "wrong", "198.51.100.99")).isEqualTo(429);
        }
    }
}
