package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM is a graceful stop: the work in flight finishes and is recorded while the database is still there, and
 * only then does the embedded PostgreSQL stop; the log says so without a stack trace (or any other noise).
 */
@Tag("alone")
class GracefulShutdownTest {
    private static final Map<String, String> ENV = Map.of(
            "SOUNDPORT_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1",
            "SOUNDPORT_WORKERS_POLL_INTERVAL", "50ms");

    @Test
    void a_webhook_sent_while_the_server_stops_is_recorded_as_delivered_and_not_sent_again(@TempDir Path dataDir)
            throws Exception {
        try (WebhookReceiver slowReceiver = new WebhookReceiver(Duration.ofSeconds(2));
             ServerProcess server = ServerProcess.start(dataDir, "server", ENV)) {
            server.awaitReady();
            String token = server.register("Shutdown");
            String webhook = server.post(token, "/api/v1/webhooks", "{\"url\":\"" + slowReceiver.url("/hook")
                    + "\",\"events\":[\"artist.created\"]}").path("id").asText();
            server.post(token, "/api/v1/artists", "{\"name\":\"Stopped Midway\"}");
            awaitArrivals(slowReceiver, 1);

            server.stop(); // SIGTERM while the receiver is still answering

            assertThat(server.log())
                    .doesNotContain("|-WARN in ch.qos.logback") // logging's own status lines: noise at every start
                    .contains("Background workers stopped")
                    .doesNotContain("terminating connection due to administrator command")
                    .doesNotContain("\tat ");
            try (ServerProcess again = ServerProcess.start(dataDir, "again", server.port(), ENV)) {
                again.awaitReady();
                // the same signing key: the access token is still good
                JsonNode message = again.get(token, "/api/v1/webhooks/" + webhook + "/messages").path("data").get(0);
                assertThat(message.path("status").asText()).as(message.toString()).isEqualTo("SUCCEEDED");
                assertThat(slowReceiver.received()).as("sent once").hasSize(1);
            }
        }
    }

    private static void awaitArrivals(WebhookReceiver receiver, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.received().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(receiver.received()).hasSize(count);
    }
}
