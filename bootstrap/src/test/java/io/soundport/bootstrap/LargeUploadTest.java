package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.contracts.MediaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 MB WAV goes through a server whose heap is 512 MB: the body streams from the connection to the blob store and
 * is never held (a server that buffered it would die: {@code -XX:+ExitOnOutOfMemoryError}). The test holds nothing
 * either: the file is generated as it is sent and hashed on the way. It costs 21 to 25 s on two shared cores
 * (measured: a child JVM's start on memory, 500 MB through loopback, hashed on both sides, written once to the
 * temporary folder), and runs once per build (it is outside the REST suite that runs per backend).
 */
class LargeUploadTest {
    private static final long SIZE = 500L * 1000 * 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_500_mb_wav_is_stored_by_a_server_with_512_mb_of_heap_and_its_sha_256_matches(@TempDir Path dataDir)
            throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir, "server", ServerProcess.freePort(), "512m",
                Map.of("SOUNDPORT_PERSISTENCE", "memory"))) {
            server.awaitReady();
            String token = server.register("Large");
            long durationMs = MediaSamples.wavDurationMs(SIZE);
            String track = server.post(token, "/api/v1/tracks", "{\"title\":\"Long Take\",\"duration_ms\":"
                    + durationMs + "}").path("id").asText();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            HttpRequest upload = HttpRequest.newBuilder(URI.create(server.url("/api/v1/tracks/" + track + "/audio")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "audio/wav")
                    .timeout(Duration.ofMinutes(3))
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new DigestInputStream(MediaSamples.wavStream(SIZE, 42), sha256)), SIZE))
                    .build();

            HttpResponse<String> answer = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode stored = JSON.readTree(answer.body());
            assertThat(stored.path("size").asLong()).isEqualTo(SIZE);
            assertThat(stored.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
            assertThat(stored.path("duration_ms").asLong()).isEqualTo(durationMs);
            assertThat(stored.path("warnings")).isEmpty();
            assertThat(server.get(token, "/api/v1/tracks/" + track + "/audio").path("sha256").asText())
                    .isEqualTo(stored.path("sha256").asText());
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
        }
    }
}
