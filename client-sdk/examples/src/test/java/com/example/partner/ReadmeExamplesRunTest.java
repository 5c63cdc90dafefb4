package com.example.partner;

import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.RegisterParams;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        String email = "quickstart-" + UUID.randomUUID() + "@example.com";
        SoundportClient owner = SoundportClient.builder().baseUrl(baseUrl).credentials(email, "correct horse battery")
                .build();
        owner.auth().register(RegisterParams.builder().email(email).password("correct horse battery")
                .name("Quick Start").organizationName("Quick Start Records").build());
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

    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Runs {@code mainClass} in a JVM of its own, on this test's class path, with {@code env} added. */
    static Result java(String mainClass, Map<String, String> env) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only: a short program starts faster; stdout in UTF-8 whatever the machine's locale (Ingest prints '…')
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Dsun.stdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass)
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
