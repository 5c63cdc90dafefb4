package io.soundport.bootstrap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL starts ahead of the configuration, while the context is built: a start on the embedded
 * default uses it, and a start whose configuration file chooses other persistence stops it again, leaving no
 * PostgreSQL running in the data directory.
 */
@Tag("alone")
class EmbeddedDatabaseHeadStartTest {

    @Test
    void a_configuration_file_that_chooses_other_persistence_leaves_no_postgresql_running(@TempDir Path dataDir)
            throws Exception {
        Path config = Files.writeString(dataDir.resolve("memory.yml"), "soundport:\n  persistence: memory\n");
        try (ServerProcess server = ServerProcess.start(dataDir, "server",
                Map.of("MICRONAUT_CONFIG_FILES", config.toString()))) {
            server.awaitReady();
            assertThat(server.log()).contains("Persistence: memory");

            Path postmaster = dataDir.resolve("postgres").resolve("postmaster.pid");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Files.exists(postmaster) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(postmaster).as("the PostgreSQL started ahead was stopped").doesNotExist();
            assertThat(server.log()).contains("started ahead of the configuration was not used");
        }
    }

    @Test
    void a_start_on_the_embedded_default_uses_the_postgresql_started_ahead(@TempDir Path dataDir) throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir, "server", Map.of())) {
            server.awaitReady();
            String token = server.register("Ahead");
            server.post(token, "/api/v1/artists", "{\"name\":\"Started Early\"}");

            assertThat(server.get(token, "/api/v1/artists").path("data").get(0).path("name").asText())
                    .isEqualTo("Started Early");
            assertThat(server.log())
                    .contains("Persistence: embedded PostgreSQL")
                    .doesNotContain("was not used");
            assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).exists();
        }
    }
}
