package io.soundport.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One data directory, one running server: a second start on it stops at once with one clear line and leaves the
 * first alone; after a {@code kill -9} the OS frees the directory and the next start takes it over. A taken port
 * ends the start with one line too. The servers run as child JVMs, as in production.
 */
class DataDirectoryLockTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_second_server_on_the_same_data_directory_stops_and_a_sigkilled_one_is_taken_over(@TempDir Path dataDir)
            throws Exception {
        int port = freePort();
        Process first = startServer(dataDir, port, "first", Map.of());
        Process third = null;
        try {
            awaitReady(port, first);

            Process second = startServer(dataDir, freePort(), "second", Map.of());
            assertThat(second.waitFor(20, TimeUnit.SECONDS)).as("the second server exits at once").isTrue();
            assertThat(second.exitValue()).isNotZero();
            String log = Files.readString(dataDir.resolve("second.log"));
            assertThat(log).contains("data directory " + dataDir + " is in use by a running Soundport, pid " + first.pid())
                    .doesNotContain("\tat ");
            assertThat(readiness(port)).as("the first server is untouched").isEqualTo(200);

            first.destroyForcibly().waitFor(); // SIGKILL: the OS lets go of the lock
            third = startServer(dataDir, port, "third", Map.of());
            awaitReady(port, third);
            assertThat(Files.readString(dataDir.resolve("third.log")))
                    .as("the PostgreSQL of the killed server was taken over").contains("left behind by an earlier run");
        } finally {
            first.destroyForcibly().waitFor();
            if (third != null) {
                third.destroy(); // SIGTERM: a graceful stop that also stops its PostgreSQL
                third.waitFor();
            }
        }
    }

    @Test
    void a_port_in_use_stops_the_start_with_one_line(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process server = startServer(dataDir, taken.getLocalPort(), "server", Map.of("SOUNDPORT_PERSISTENCE", "memory"));
            try {
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server exits").isTrue();
                assertThat(server.exitValue()).isNotZero();
                String log = Files.readString(dataDir.resolve("server.log"));
                assertThat(log).contains("port " + taken.getLocalPort() + " is in use").doesNotContain("\tat ");
            } finally {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static Process startServer(Path dataDir, int port, String name, Map<String, String> extra) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), Application.class.getName());
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "SOUNDPORT_DATA_DIR", dataDir.toString(),
                "SOUNDPORT_JWT_SECRET", "lock-test-secret-0123456789abcdefghijklmnop",
                "SOUNDPORT_SECURITY_BCRYPT_COST", "10"));
        env.putAll(extra);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve(name + ".log").toFile());
        return builder.start();
    }

    private int readiness(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitReady(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited with " + server.exitValue());
            }
            try {
                if (readiness(port) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
