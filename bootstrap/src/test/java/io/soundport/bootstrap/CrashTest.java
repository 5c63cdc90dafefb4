package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a burst loses nothing acknowledged: the server runs as a child JVM on the
 * embedded default; every event whose request was answered 201 before the kill reaches the receiver once the
 * server is started again on the same data directory (taking over the PostgreSQL the killed one left behind).
 */
@Tag("alone")
class CrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> ENV = Map.of(
            "SOUNDPORT_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1",
            "SOUNDPORT_WEBHOOKS_LEASE", "3s",
            "SOUNDPORT_WORKERS_POLL_INTERVAL", "50ms");

    @Test
    void every_acknowledged_event_is_delivered_after_a_sigkill_and_a_restart(@TempDir Path dataDir) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             ServerProcess first = ServerProcess.start(dataDir, "first", ENV)) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            first.awaitReady();
            String token = first.register("Crash");
            first.post(token, "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/hook")
                    + "\",\"events\":[\"artist.created\"]}");

            AtomicBoolean bursting = new AtomicBoolean(true);
            Thread burst = new Thread(() -> {
                for (int i = 0; bursting.get(); i++) {
                    try {
                        acknowledged.add(first.post(token, "/api/v1/artists", "{\"name\":\"Artist " + i + "\"}")
                                .path("id").asText());
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
            first.kill(); // SIGKILL, mid-burst
            bursting.set(false);
            burst.join();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

            try (ServerProcess second = ServerProcess.start(dataDir, "second", first.port(), ENV)) {
                second.awaitReady();
                assertThat(second.log()).as("the PostgreSQL of the killed server was taken over")
                        .contains("left behind by an earlier run");
                Set<String> delivered = awaitDelivered(receiver, acknowledged, Duration.ofSeconds(90));
                assertThat(delivered).containsAll(acknowledged);
            }
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
}
