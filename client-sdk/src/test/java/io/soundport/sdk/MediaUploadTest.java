package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.sdk.exception.ApiConnectionException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.model.ReleaseArtwork;
import io.soundport.sdk.model.TrackAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Track audio and release artwork through the SDK against WireMock: the bytes sent, the progress told, the answers. */
class MediaUploadTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String AUDIO = "/api/v1/tracks/trk_1/audio";
    private static final String ARTWORK = "/api/v1/releases/rel_1/artwork";
    private static final String AUDIO_JSON = """
            {"track_id":"trk_1","content_type":"audio/wav","size":300000,"sha256":"%s","md5":"%s","codec":"PCM",
             "sample_rate":44100,"bit_depth":16,"channels":2,"duration_ms":1700,"uploaded_at":"2026-12-04T00:00:00Z",
             "warnings":[{"code":"DURATION_MISMATCH","message":"The audio lasts 1700 ms"}]}"""
            .formatted("a".repeat(64), "b".repeat(32));

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }

    @Test
    void a_file_is_sent_whole_with_the_content_type_its_name_says_and_its_progress_told(@TempDir Path dir)
            throws IOException {
        api.stubFor(put(AUDIO).willReturn(okJson(AUDIO_JSON)));
        byte[] content = bytes(300_000);
        Path file = Files.write(dir.resolve("take-3.WAV"), content);
        List<long[]> told = new ArrayList<>();

        TrackAudio audio = client().tracks().uploadAudio("trk_1", file, (sent, total) -> told.add(new long[]{sent, total}),
                RequestOptions.none());

        LoggedRequest sent = api.findAll(putRequestedFor(urlEqualTo(AUDIO))).get(0);
        assertThat(sent.getHeader("Content-Type")).isEqualTo("audio/wav");
        assertThat(sent.getBody()).isEqualTo(content);
        assertThat(sent.getHeader("Idempotency-Key")).isNull();
        assertThat(told.get(0)).containsExactly(0, 300_000);
        assertThat(told.get(told.size() - 1)).containsExactly(300_000, 300_000);
        assertThat(told).hasSizeGreaterThan(2);
        assertThat(audio.durationMs()).isEqualTo(1700);
        assertThat(audio.sampleRate()).isEqualTo(44_100);
        assertThat(audio.warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("DURATION_MISMATCH"));
    }

    @Test
    void a_stream_of_unknown_length_is_sent_chunked_and_never_retried() {
        api.stubFor(put(ARTWORK).willReturn(okJson("""
                {"release_id":"rel_1","content_type":"image/png","size":70000,"sha256":"%s","md5":"%s",
                 "codec":"PNG","width":1400,"height":1400,"uploaded_at":"2026-12-04T00:00:00Z"}"""
                .formatted("c".repeat(64), "d".repeat(32)))));
        byte[] content = bytes(70_000);
        long[] last = new long[2];

        ReleaseArtwork artwork = client().releases().uploadArtwork("rel_1", new ByteArrayInputStream(content), -1,
                "image/png", (sent, total) -> {
                    last[0] = sent;
                    last[1] = total;
                }, RequestOptions.none());

        LoggedRequest sent = api.findAll(putRequestedFor(urlEqualTo(ARTWORK))).get(0);
        assertThat(sent.getBody()).isEqualTo(content);
        assertThat(sent.getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(last).containsExactly(70_000, -1);
        assertThat(artwork.width()).isEqualTo(1400);

        api.stubFor(put(AUDIO).willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client().tracks().uploadAudio("trk_1", new ByteArrayInputStream(content),
                content.length, "audio/wav", UploadProgress.NONE, RequestOptions.none()))
                .isInstanceOf(ApiConnectionException.class);
        assertThat(api.findAll(putRequestedFor(urlEqualTo(AUDIO)))).as("one attempt: the stream is spent").hasSize(1);
    }

    @Test
    void reads_and_removes_the_stored_files() {
        api.stubFor(get(AUDIO).willReturn(okJson(AUDIO_JSON)));
        api.stubFor(delete(AUDIO).willReturn(aResponse().withStatus(204)));
        api.stubFor(get(ARTWORK).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No artwork\",\"details\":[],"
                        + "\"request_id\":\"req_1\"}}")));

        assertThat(client().tracks().retrieveAudio("trk_1").sha256()).isEqualTo("a".repeat(64));
        client().tracks().deleteAudio("trk_1");
        api.verify(deleteRequestedFor(urlEqualTo(AUDIO)));
        assertThatThrownBy(() -> client().releases().retrieveArtwork("rel_1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_file_whose_name_says_no_media_type_is_refused_before_sending(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("notes.txt"), bytes(10));

        assertThatThrownBy(() -> client().tracks().uploadAudio("trk_1", file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".wav");
    }
}
