package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.contracts.MediaSamples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** Track audio and release artwork over HTTP: real WAV, FLAC, PNG and JPEG files, the refusals, what is left behind. */
class MediaAssetEndpointsTest extends RestTest {

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files in the local blob store (its content files; sidecars and temporary files aside). */
    private static long storedFiles() {
        Path blobs = dataDir.resolve("blobs");
        if (!Files.exists(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".data")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loneTrack(Account owner, long durationMs) {
        return owner.api().post("/tracks", obj("title", "Solo", "duration_ms", durationMs, "explicit", false))
                .expect(201).id();
    }

    private static String firstTrack(Account owner, String release) {
        return owner.api().get("/releases/" + release).json().path("tracks").get(0).path("id").asText();
    }

    @Test
    void a_wav_is_stored_with_its_hashes_and_the_facts_read_from_it() {
        Account owner = register();
        String track = loneTrack(owner, 2_000);
        byte[] wav = MediaSamples.wav(44_100, 2, 2_000);

        JsonNode stored = owner.api().send("PUT", "/tracks/" + track + "/audio", wav, "audio/wav").expect(200).json();

        assertThat(stored.path("track_id").asText()).isEqualTo(track);
        assertThat(stored.path("content_type").asText()).isEqualTo("audio/wav");
        assertThat(stored.path("size").asLong()).isEqualTo(wav.length);
        assertThat(stored.path("sha256").asText()).isEqualTo(hex("SHA-256", wav));
        assertThat(stored.path("md5").asText()).isEqualTo(hex("MD5", wav));
        assertThat(stored.path("codec").asText()).isEqualTo("PCM");
        assertThat(stored.path("sample_rate").asInt()).isEqualTo(44_100);
        assertThat(stored.path("bit_depth").asInt()).isEqualTo(16);
        assertThat(stored.path("channels").asInt()).isEqualTo(2);
        assertThat(stored.path("duration_ms").asLong()).isEqualTo(2_000);
        assertThat(stored.path("warnings")).isEmpty();
        assertThat(owner.api().get("/tracks/" + track + "/audio").expect(200).json()).isEqualTo(stored);
        assertThat(register().api().get("/tracks/" + track + "/audio").error(404, "NOT_FOUND")).isNotNull();
    }

    @Test
    void a_length_beyond_a_second_from_the_tracks_duration_is_reported_not_refused() {
        Account owner = register();
        String track = firstTrack(owner, ingest(owner, "Long"));

        JsonNode stored = owner.api().send("PUT", "/tracks/" + track + "/audio",
                MediaSamples.wav(8_000, 1, 3_000), "audio/x-wav").expect(200).json();

        assertThat(stored.path("warnings")).hasSize(1);
        assertThat(stored.path("warnings").get(0).path("code").asText()).isEqualTo("DURATION_MISMATCH");
        assertThat(stored.path("warnings").get(0).path("message").asText()).contains("3000 ms", "215000 ms");
    }

    @Test
    void a_flac_is_read_from_its_streaminfo() {
        Account owner = register();
        String track = loneTrack(owner, 1_000);
        byte[] flac = MediaSamples.flac();

        JsonNode stored = owner.api().send("PUT", "/tracks/" + track + "/audio", flac, "audio/flac").expect(200)
                .json();

        assertThat(stored.path("codec").asText()).isEqualTo("FLAC");
        assertThat(stored.path("content_type").asText()).isEqualTo("audio/flac");
        assertThat(stored.path("sample_rate").asInt()).isEqualTo(44_100);
        assertThat(stored.path("bit_depth").asInt()).isEqualTo(16);
        assertThat(stored.path("channels").asInt()).isEqualTo(2);
        assertThat(stored.path("duration_ms").asLong()).isEqualTo(1_000);
        assertThat(stored.path("sha256").asText()).isEqualTo(hex("SHA-256", flac));
    }

    @Test
    void a_new_file_replaces_the_old_one_and_its_blob() {
        Account owner = register();
        String track = loneTrack(owner, 1_000);
        long before = storedFiles();
        owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.wav(44_100, 2, 1_000), "audio/wav")
                .expect(200);
        byte[] flac = MediaSamples.flac();

        owner.api().send("PUT", "/tracks/" + track + "/audio", flac, "audio/flac").expect(200);

        assertThat(owner.api().get("/tracks/" + track + "/audio").expect(200).text("sha256"))
                .isEqualTo(hex("SHA-256", flac));
        assertThat(storedFiles()).isEqualTo(before + 1);
    }

    @Test
    void a_file_that_is_not_what_its_content_type_says_is_refused_and_leaves_nothing() {
        Account owner = register();
        String track = loneTrack(owner, 1_000);
        byte[] wav = MediaSamples.wav(44_100, 2, 500);
        long before = storedFiles();

        assertThat(owner.api().send("PUT", "/tracks/" + track + "/audio", wav, "text/plain")
                .error(400, "VALIDATION_ERROR").path("details").get(0).path("field").asText())
                .isEqualTo("content_type");
        assertThat(owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.png(64, 64), "audio/wav")
                .error(400, "VALIDATION_ERROR").path("details").get(0).path("field").asText())
                .isEqualTo("content");
        assertThat(owner.api().send("PUT", "/tracks/" + track + "/audio", wav, "audio/flac")
                .error(400, "VALIDATION_ERROR").path("message").asText()).contains("FLAC");
        // the right first bytes, then garbage: stored, read back, refused and deleted
        byte[] broken = Arrays.copyOf(wav, 64);
        Arrays.fill(broken, 12, 64, (byte) 0x55);
        owner.api().send("PUT", "/tracks/" + track + "/audio", broken, "audio/wav").error(400, "VALIDATION_ERROR");
        owner.api().send("PUT", "/tracks/" + track + "/audio", new byte[0], "audio/wav")
                .error(400, "VALIDATION_ERROR");

        owner.api().get("/tracks/" + track + "/audio").error(404, "NOT_FOUND");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void a_body_announced_over_2_gib_is_refused_with_413_before_it_is_read() throws IOException {
        Account owner = register();
        String track = loneTrack(owner, 1_000);

        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/tracks/" + track + "/audio HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + owner.accessToken() + "\r\nContent-Type: audio/wav\r\n"
                    + "Content-Length: " + (2L * 1024 * 1024 * 1024 + 1) + "\r\n\r\nRIFF").getBytes(
                    StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            // the server may keep the connection open: read until the envelope is in, not until it closes
            for (int n; !answer.toString().contains("PAYLOAD_TOO_LARGE") && (n = in.read(buffer)) >= 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void audio_is_removed_while_the_release_is_a_draft_and_kept_after() {
        Account owner = register();
        String release = ingest(owner, "Removable");
        String track = firstTrack(owner, release);
        long before = storedFiles();
        owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.wav(8_000, 1, 100), "audio/wav")
                .expect(200);
        owner.api().delete("/tracks/" + track + "/audio").expect(204);
        owner.api().get("/tracks/" + track + "/audio").error(404, "NOT_FOUND");
        owner.api().delete("/tracks/" + track + "/audio").error(404, "NOT_FOUND");
        assertThat(storedFiles()).isEqualTo(before);

        owner.api().send("PUT", "/tracks/" + track + "/audio", MediaSamples.wav(8_000, 1, 100), "audio/wav")
                .expect(200);
        owner.api().send("PUT", "/releases/" + release + "/artwork", MediaSamples.png(1400, 1400), "image/png")
                .expect(200);
        owner.api().post("/releases/" + release + "/submit", "").expect(200);

        owner.api().delete("/tracks/" + track + "/audio").error(409, "CONFLICT");
        owner.api().delete("/releases/" + release + "/artwork").error(409, "CONFLICT");
        owner.api().get("/tracks/" + track + "/audio").expect(200);
    }

    @Test
    void artwork_is_stored_with_its_dimensions_when_square_and_large_enough() {
        Account owner = register();
        String release = ingest(owner, "Covered");
        byte[] png = MediaSamples.png(1400, 1400);
        byte[] jpeg = MediaSamples.jpeg(1600, 1600);

        JsonNode stored = owner.api().send("PUT", "/releases/" + release + "/artwork", png, "image/png").expect(200)
                .json();
        assertThat(stored.path("release_id").asText()).isEqualTo(release);
        assertThat(stored.path("codec").asText()).isEqualTo("PNG");
        assertThat(stored.path("width").asInt()).isEqualTo(1400);
        assertThat(stored.path("height").asInt()).isEqualTo(1400);
        assertThat(stored.path("sha256").asText()).isEqualTo(hex("SHA-256", png));

        owner.api().send("PUT", "/releases/" + release + "/artwork", jpeg, "image/jpeg").expect(200);
        JsonNode read = owner.api().get("/releases/" + release + "/artwork").expect(200).json();
        assertThat(read.path("codec").asText()).isEqualTo("JPEG");
        assertThat(read.path("width").asInt()).isEqualTo(1600);
        assertThat(read.path("md5").asText()).isEqualTo(hex("MD5", jpeg));

        owner.api().delete("/releases/" + release + "/artwork").expect(204);
        owner.api().get("/releases/" + release + "/artwork").error(404, "NOT_FOUND");
    }

    @Test
    void artwork_that_is_not_square_too_small_or_not_an_image_is_refused_and_leaves_nothing() {
        Account owner = register();
        String release = ingest(owner, "Uncovered");
        long before = storedFiles();

        assertThat(owner.api().send("PUT", "/releases/" + release + "/artwork", MediaSamples.png(1500, 1400),
                "image/png").error(400, "VALIDATION_ERROR").path("message").asText()).contains("square");
        assertThat(owner.api().send("PUT", "/releases/" + release + "/artwork", MediaSamples.jpeg(1000, 1000),
                "image/jpeg").error(400, "VALIDATION_ERROR").path("message").asText()).contains("1400");
        owner.api().send("PUT", "/releases/" + release + "/artwork", MediaSamples.png(1400, 1400), "image/jpeg")
                .error(400, "VALIDATION_ERROR");
        owner.api().send("PUT", "/releases/" + release + "/artwork", MediaSamples.wav(8_000, 1, 10), "audio/wav")
                .error(400, "VALIDATION_ERROR");
        owner.api().send("PUT", "/releases/rel_missing/artwork", MediaSamples.png(1400, 1400), "image/png")
                .error(404, "NOT_FOUND");

        owner.api().get("/releases/" + release + "/artwork").error(404, "NOT_FOUND");
        assertThat(storedFiles()).isEqualTo(before);
    }
}
