package io.soundport.bootstrap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One data directory, one running server: a second start on it stops at once with one clear line and leaves the
 * first alone; after a {@code kill -9} the OS frees the directory and the next start takes it over. A taken port
 * ends the start with one line too. The servers run as child JVMs, as in production.
 */
@Tag("alone")
class DataDirectoryLockTest {

    @Test
    void a_second_server_on_the_same_data_directory_stops_and_a_sigkilled_one_is_taken_over(@TempDir Path dataDir)
            throws Exception {
        try (ServerProcess first = ServerProcess.start(dataDir, "first", Map.of())) {
            first.awaitReady();

            try (ServerProcess second = ServerProcess.start(dataDir, "second", Map.of())) {
                assertThat(second.awaitExit(Duration.ofSeconds(20))).as("the second server exits at once").isTrue();
                assertThat(second.exitValue()).isNotZero();
                assertThat(second.log())
                        .contains("data directory " + dataDir + " is in use by a running Soundport, pid " + first.pid())
                        .doesNotContain("\tat ");
            }
            assertThat(first.readiness()).as("the first server is untouched").isEqualTo(200);

            first.kill(); // SIGKILL: the OS lets go of the lock
            try (ServerProcess third = ServerProcess.start(dataDir, "third", first.port(), Map.of())) {
                third.awaitReady();
                assertThat(third.log()).as("the PostgreSQL of the killed server was taken over")
                        .contains("left behind by an earlier run");
            }
        }
    }

    @Test
    void a_port_in_use_stops_the_start_with_one_line(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
             ServerProcess server = ServerProcess.start(dataDir, "server", taken.getLocalPort(),
                     Map.of("SOUNDPORT_PERSISTENCE", "memory"))) {
            assertThat(server.awaitExit(Duration.ofSeconds(30))).as("the server exits").isTrue();
            assertThat(server.exitValue()).isNotZero();
            assertThat(server.log()).contains("port " + taken.getLocalPort() + " is in use").doesNotContain("\tat ");
        }
    }
}
