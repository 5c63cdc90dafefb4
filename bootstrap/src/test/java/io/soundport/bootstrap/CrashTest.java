package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a burst loses nothing acknowledged: the server runs as a child JVM on the
 * embedded default; every event whose request was answered 201 before the kill reaches the receiver once the
 * server is started again on the same data directory (taking over the PostgreSQL the killed one left behind).
 */
class CrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void every_acknowledged_event_is_delivered_after_a_sigkill_and_a_restart(@TempDir Path dataDir) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int port = freePort();
            Process first = startServer(dataDir, port, "first");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Process second = null;
            try {
                awaitReady(port, first);
                String token = post(port, null, "/api/v1/auth/register", "{\"email\":\"crash-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse battery\",\"name\":\"Crash\","
                        + "\"organization_name\":\"Crash Records\"}").get("access_token");
                post(port, token, "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/hook")
                        + "\",\"events\":[\"artist.created\"]}");

                AtomicBoolean bursting = new AtomicBoolean(true);
                Thread burst = new Thread(() -> {
                    for (int i = 0; bursting.get(); i++) {
                        try {
                            acknowledged.add(post(port, token, "/api/v1/artists", "{\"name\":\"Artist " + i + "\"}").get("id"));
                        } catch (RuntimeException e) {
                            return; // the server is gone: nothing after this was acknowledged
                        }
                    }
                });
                burst.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                first.destroyForcibly().waitFor(); // SIGKILL, mid-burst
                bursting.set(false);
                burst.join();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

                second = startServer(dataDir, port, "second");
                awaitReady(port, second);
                assertThat(Files.readString(dataDir.resolve("second.log")))
                        .as("the PostgreSQL of the killed server was taken over").contains("left behind by an earlier run");
                Set<String> delivered = awaitDelivered(receiver, acknowledged, Duration.ofSeconds(90));
                assertThat(delivered).containsAll(acknowledged);
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroy(); // SIGTERM: a graceful stop that also stops its PostgreSQL
                    second.waitFor();
                }
            }
        }
    }

    private static Process startServer(Path dataDir, int port, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), Application.class.getName());
        builder.environment().putAll(Map.of(
                "PORT", Integer.toString(port),
                "SOUNDPORT_DATA_DIR", dataDir.toString(),
                "SOUNDPORT_JWT_SECRET", "crash-test-secret-0123456789abcdefghijklmn",
                "SOUNDPORT_SECURITY_BCRYPT_COST", "10",
                "SOUNDPORT_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1",
                "SOUNDPORT_WEBHOOKS_LEASE", "3s",
                "SOUNDPORT_WORKERS_POLL_INTERVAL", "50ms",
                // its organization is FREE (100 requests an hour) and it makes hundreds; the limiter stays on
                "SOUNDPORT_RATE_LIMIT_FREE", "1000000"));
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve(name + ".log").toFile());
        return builder.start();
    }

    private void awaitReady(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited with " + server.exitValue());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become ready");
    }

    private Map<String, String> post(int port, String token, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            var json = JSON.readTree(response.body());
            return Map.of("id", json.path("id").asText(""), "access_token", json.path("access_token").asText(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> awaitDelivered(WebhookReceiver receiver, Set<String> expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> delivered = Set.of();
        while (System.nanoTime() < deadline) {
            delivered = receiver.received().stream().map(r -> artistOf(r.body())).collect(Collectors.toSet());
            if (delivered.containsAll(expected)) {
                return delivered;
            }
            Thread.sleep(250);
        }
        return delivered;
    }

    private static String artistOf(String body) {
        try {
            return JSON.readTree(body).path("data").path("id").asText();
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
