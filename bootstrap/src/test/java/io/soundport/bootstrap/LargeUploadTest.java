package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.contracts.MediaSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 MB WAV goes through a server whose heap is 512 MB: the body streams from the connection to the blob store, and
 * from there into a FILE partner's batch, and is never held (a server that buffered it would die:
 * {@code -XX:+ExitOnOutOfMemoryError}). The test holds nothing
 * either: the file is generated as it is sent and hashed on the way. It costs 21 to 25 s on two shared cores
 * (measured: a child JVM's start on memory, 500 MB through loopback, hashed on both sides, written once to the
 * temporary folder), and runs once per build (it is outside the REST suite that runs per backend).
 */
@Tag("alone")
class LargeUploadTest {
    private static final long SIZE = 500L * 1000 * 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_500_mb_wav_is_stored_and_delivered_by_a_server_with_512_mb_of_heap_and_its_sha_256_matches(
            @TempDir Path dataDir) throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir, "server", ServerProcess.freePort(), "512m",
                Map.of("SOUNDPORT_PERSISTENCE", "memory"))) {
            server.awaitReady();
            String token = server.register("Large");
            long durationMs = MediaSamples.wavDurationMs(SIZE);
            JsonNode release = server.post(token, "/api/v1/releases", "{\"title\":\"Long Take\","
                    + "\"artist_name\":\"The Midnight\",\"upc\":\"036000291452\",\"release_date\":\"2027-02-05\","
                    + "\"label\":\"Midnight Records\",\"genre\":\"Ambient\",\"territories\":[\"WORLD\"],"
                    + "\"tracks\":[{\"title\":\"Long Take\",\"isrc\":\"US-RC1-76-07839\",\"duration_ms\":"
                    + durationMs + "}]}");
            String releaseId = release.path("id").asText();
            String track = release.path("tracks").get(0).path("id").asText();
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
            String hash = HexFormat.of().formatHex(sha256.digest());
            assertThat(stored.path("size").asLong()).isEqualTo(SIZE);
            assertThat(stored.path("sha256").asText()).isEqualTo(hash);
            assertThat(stored.path("duration_ms").asLong()).isEqualTo(durationMs);
            assertThat(stored.path("warnings")).isEmpty();
            assertThat(server.get(token, "/api/v1/tracks/" + track + "/audio").path("sha256").asText())
                    .isEqualTo(hash);

            // delivered to a FILE partner: the 500 MB are streamed from the blob store into the batch
            Path audio = delivered(server, dataDir, token, releaseId).resolve("resources/036000291452_01_001.wav");
            assertThat(Files.size(audio)).isEqualTo(SIZE);
            assertThat(sha256Of(audio)).isEqualTo(hash);
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** Makes the release deliverable, delivers it to a FILE partner and waits; the release's folder of the batch. */
    private static Path delivered(ServerProcess server, Path dataDir, String token, String release) throws Exception {
        server.patch(token, "/api/v1/organization", "{\"dpid\":\"PADPIDA2014120301A\"}");
        server.patch(token, "/api/v1/releases/" + release, "{\"p_line\":{\"year\":2027,\"owner\":\"Midnight\"},"
                + "\"c_line\":{\"year\":2027,\"owner\":\"Midnight\"}}");
        server.put(token, "/api/v1/releases/" + release + "/artwork", "image/png", MediaSamples.png(1400, 1400));
        server.post(token, "/api/v1/releases/" + release + "/submit", "{}");
        String partner = server.post(token, "/api/v1/partners", "{\"name\":\"Drop\",\"protocol\":\"FILE\","
                + "\"endpoint\":\"large\",\"territories\":[\"WORLD\"],\"dpid\":\"PADPIDA2011072101T\"}")
                .path("id").asText();
        String delivery = server.post(token, "/api/v1/releases/" + release + "/deliveries",
                "{\"partner_ids\":[\"" + partner + "\"]}").path("data").get(0).path("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode state = server.get(token, "/api/v1/deliveries/" + delivery);
        while (state.path("status").asText().matches("QUEUED|IN_PROGRESS") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = server.get(token, "/api/v1/deliveries/" + delivery);
        }
        assertThat(state.path("status").asText()).as(state.toString()).isEqualTo("DELIVERED");
        return dataDir.resolve("drops").resolve(state.path("partner_reference").asText());
    }

    private static String sha256Of(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
