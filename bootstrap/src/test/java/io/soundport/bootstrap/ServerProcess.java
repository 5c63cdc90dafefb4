package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The server as a child JVM, as in production, on this module's test classpath: its output goes to
 * {@code <data directory>/<name>.log}. It signs with a fixed key, hashes passwords at the lowest production cost and
 * raises the FREE limit, since a test's organization makes more than 100 requests; {@code env} adds or overrides.
 */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server on {@code port}; see the class. */
    static ServerProcess start(Path dataDir, String name, int port, Map<String, String> env) {
        return start(dataDir, name, port, "384m", env);
    }

    /** Starts a server on {@code port} with at most {@code maxHeap} of heap ({@code -Xmx}); see the class. */
    static ServerProcess start(Path dataDir, String name, int port, String maxHeap, Map<String, String> env) {
        return start(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Application.class.getName()), dataDir, name, port, env);
    }

    /** Starts a server on a free port with {@code bin/soundport}, as the README does, from {@code jar}. */
    static ServerProcess launch(Path dataDir, String name, Path jar, Map<String, String> env) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("SOUNDPORT_JAR", jar.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return start(new ProcessBuilder("bash", Path.of("..", "bin", "soundport").toAbsolutePath().normalize()
                .toString()), dataDir, name, freePort(), environment);
    }

    private static ServerProcess start(ProcessBuilder builder, Path dataDir, String name, int port,
                                       Map<String, String> env) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "SOUNDPORT_DATA_DIR", dataDir.toString(),
                "SOUNDPORT_JWT_SECRET", "server-process-secret-0123456789abcdefghij",
                "SOUNDPORT_SECURITY_BCRYPT_COST", "10",
                "SOUNDPORT_RATE_LIMIT_FREE", "1000000"));
        environment.putAll(env);
        builder.environment().putAll(environment);
        Path log = dataDir.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            return new ServerProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server on a free port. */
    static ServerProcess start(Path dataDir, String name, Map<String, String> env) {
        return start(dataDir, name, freePort(), env);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** POSTs JSON, with an access token unless null; the answer's body, failing unless it is a 2xx. */
    JsonNode post(String token, String path, String json) {
        return send(token, HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PATCHes JSON with an access token; the answer's body, failing unless it is a 2xx. */
    JsonNode patch(String token, String path, String json) {
        return send(token, HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUTs raw bytes of a content type with an access token; the answer's body, failing unless it is a 2xx. */
    JsonNode put(String token, String path, String contentType, byte[] body) {
        return send(token, HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GETs with an access token; the answer's body, failing unless it is a 2xx. */
    JsonNode get(String token, String path) {
        return send(token, HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    private JsonNode send(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a user with an organization of their own; their access token. */
    String register(String name) {
        return post(null, "/api/v1/auth/register", "{\"email\":\"" + name + "-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"correct horse battery\",\"name\":\"" + name + "\","
                + "\"organization_name\":\"" + name + " Records\"}").path("access_token").asText();
    }

    /** {@code /health/readiness}'s status. */
    int readiness() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/health/readiness"))).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Waits until it is ready, at most 90 seconds; fails at once if it exits. */
    ServerProcess awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + "; its log:\n" + log());
            }
            try {
                if (readiness() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become ready in 90 s; its log:\n" + log());
    }

    /** Waits at most {@code timeout} for it to exit by itself; whether it did. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** SIGKILL, as a crash, and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, a graceful stop, and waits for it to end. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /**
     * Stops it if it still runs: SIGTERM, so that it stops its PostgreSQL too, and SIGKILL if it has not ended
     * within 30 seconds.
     */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
