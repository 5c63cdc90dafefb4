package com.example.partner;

import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.StreamEventParams;
import io.soundport.sdk.param.TrackParams;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README examples ({@code src/main/java/readme}, kept equal to the READMEs by {@link ReadmeExamplesTest}) run as
 * a partner runs them: {@code java} with the environment variables they read, against the real server.
 */
class ReadmeExamplesRunTest {

    @Test
    void the_root_readme_example_creates_a_release_and_lists_it() throws Exception {
        String baseUrl = TestServer.url();
        SoundportClient owner = owner(baseUrl, "Quick Start");
        Application app = owner.apps().create(AppCreateParams.builder().name("Quick start").build());
        IssuedApiKey key = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("readme")
                .scopes(ApiKeyScope.READ, ApiKeyScope.WRITE).build());

        Result result = java("QuickStart", Map.of("SOUNDPORT_URL", baseUrl, "SOUNDPORT_API_KEY", key.key()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.lines()).hasSize(2);
        String id = result.lines().get(0).replaceFirst("^created ", "");
        assertThat(id).startsWith("rel_");
        assertThat(result.lines().get(1)).isEqualTo(id + " Night Drive");
    }

    @Test
    void the_sdk_readme_example_registers_ingests_three_releases_and_pages_through_them() throws Exception {
        Result result = java("Ingest", Map.of("SOUNDPORT_URL", TestServer.url()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.lines()).hasSize(7);
        assertThat(result.lines().get(0)).startsWith("API key sp_").endsWith("… for Ingestion bot");
        assertThat(result.lines().subList(1, 4)).allSatisfy(line ->
                assertThat(line).matches("ingested rel_\\w+ Night Drive [123] \\(DRAFT, 1 track\\)"));
        assertThat(result.lines().subList(4, 7)).allSatisfy(line ->
                assertThat(line).matches("rel_\\w+  Night Drive [123]  DRAFT"));
    }

    @Test
    void the_live_counts_example_prints_the_counts_as_streams_are_counted_and_a_refusal() throws Exception {
        String baseUrl = TestServer.url();
        SoundportClient owner = owner(baseUrl, "Live");
        String track = owner.releases().create(ReleaseCreateParams.builder().title("Night Drive")
                .artistName("The Midnight").tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839")
                        .durationMs(215_000L).build()).build()).tracks().get(0).id();
        Application app = owner.apps().create(AppCreateParams.builder().name("Live counts").build());
        String key = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("readme")
                .scopes(ApiKeyScope.READ).build()).key();
        Map<String, String> env = Map.of("SOUNDPORT_URL", baseUrl, "SOUNDPORT_API_KEY", key,
                "SOUNDPORT_TRACK_ID", track);

        Process live = start("LiveCounts", env);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(live.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("0 streams in the last hour, 0 this minute");
            owner.analytics().recordStreams(List.of(StreamEventParams.builder().eventId(UUID.randomUUID().toString())
                    .trackId(track).partner("spotify").country("GB").occurredAt(Instant.now()).count(3).build()));
            assertThat(out.readLine()).matches("3 streams in the last hour, [03] this minute");
        } finally {
            live.destroyForcibly();
        }

        Result refused = java("LiveCounts", Map.of("SOUNDPORT_URL", baseUrl, "SOUNDPORT_API_KEY", key,
                "SOUNDPORT_TRACK_ID", "trk_01JZZZZZZZZZZZZZZZZZZZZZZZ"));
        assertThat(refused.exitCode()).as(refused.output()).isZero();
        assertThat(refused.lines()).containsExactly(
                "refused: Track trk_01JZZZZZZZZZZZZZZZZZZZZZZZ does not exist", "closed 4404");
    }

    /** A client signed in as the owner of a new organization, "{@code name} Records". */
    private static SoundportClient owner(String baseUrl, String name) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + UUID.randomUUID()
                + "@example.com";
        SoundportClient owner = SoundportClient.builder().baseUrl(baseUrl).credentials(email, "correct horse battery")
                .build();
        owner.auth().register(RegisterParams.builder().email(email).password("correct horse battery")
                .name(name).organizationName(name + " Records").build());
        return owner;
    }

    /** Starts {@code mainClass} in a JVM of its own, on this test's class path, with {@code env} added. */
    static Process start(String mainClass, Map<String, String> env) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only: a short program starts faster; stdout in UTF-8 whatever the machine's locale (Ingest prints '…')
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Dsun.stdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass)
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Runs {@code mainClass} in a JVM of its own, on this test's class path, with {@code env} added. */
    static Result java(String mainClass, Map<String, String> env) throws IOException, InterruptedException {
        Process process = start(mainClass, env);
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
