package io.soundport.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One S3Mock server per test JVM, shared by every test class that needs an S3 endpoint, as a child JVM.
 *
 * <p>Build notes (checked with {@code com.adobe.testing:s3mock:4.11.0}, JDK 17, 2 cores):
 * <ul>
 *   <li>S3Mock is a Spring Boot application (Tomcat, Spring 6). It must stay off the classpath of any module with
 *       Micronaut, so it runs as a child JVM from its self-contained {@code exec} jar ({@code
 *       com.adobe.testing:s3mock:4.11.0:jar:exec}, 61 MB), which the module's pom copies into {@code target/} with
 *       {@code maven-dependency-plugin:copy} and names to surefire in the system property {@value #JAR_PROPERTY}.
 *       Nothing of it reaches the test classpath.</li>
 *   <li>Its properties in 4.x: the HTTP port is {@code com.adobe.testing.s3mock.http-port} (the old
 *       {@code http.port} is ignored and the server binds 9090); the HTTPS port is {@code server.port}; buckets
 *       made at start {@code com.adobe.testing.s3mock.store.initial-buckets} (environment
 *       {@code COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS}); the storage folder
 *       {@code com.adobe.testing.s3mock.store.root}. Port 0 picks free ports for both, and Spring logs them:
 *       {@code Tomcat started on ports 35273 (https), 40875 (http)}, which is read here, so there is no race for
 *       a port.</li>
 *   <li>It starts in about 4 s ({@code -XX:TieredStopAtLevel=1} helps a little on 2 cores), takes any credentials
 *       and any region (it does not check signatures), serves path-style requests on 127.0.0.1 (the SDK uses
 *       path style by itself for an IP endpoint), supports multipart uploads and pre-signed GETs.</li>
 *   <li>It is stopped by a shutdown hook when the test JVM ends; its log goes to {@code target/s3mock-<pid>.log}.</li>
 * </ul>
 */
public final class S3MockProcess {
    /** The system property naming S3Mock's {@code exec} jar. */
    public static final String JAR_PROPERTY = "s3mock.jar";
    /** Buckets that exist from the start: one for the blob store's suite, one for partner drops. */
    public static final List<String> BUCKETS = List.of("soundport-blobs", "partner-drops");

    private static final Pattern STARTED = Pattern.compile("Tomcat started on ports? .*?(\\d+) \\(http\\)");
    private static URI endpoint;

    private S3MockProcess() {
    }

    /** The HTTP endpoint of this JVM's S3Mock ({@code http://127.0.0.1:<port>}), started on first use. */
    public static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    private static URI start() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Mock's jar is not there: set -D" + JAR_PROPERTY + " (the pom copies"
                    + " com.adobe.testing:s3mock:jar:exec into target/ and sets it for surefire); got " + jar);
        }
        try {
            Path root = Files.createTempDirectory("s3mock-store");
            Path log = Path.of(jar).toAbsolutePath().getParent()
                    .resolve("s3mock-" + ProcessHandle.current().pid() + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx384m", "-jar", jar,
                    "--com.adobe.testing.s3mock.http-port=0", "--server.port=0",
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", BUCKETS),
                    "--spring.main.banner-mode=off")
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                process.destroyForcibly();
            }, "s3mock-stop"));
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Deque<String> tail = new ArrayDeque<>();
            Thread reader = new Thread(() -> follow(process, log, port, tail), "s3mock-log");
            reader.setDaemon(true);
            reader.start();
            int httpPort = port.get(90, TimeUnit.SECONDS);
            return URI.create("http://127.0.0.1:" + httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("S3Mock did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while S3Mock started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("S3Mock did not start: " + e.getMessage(), e);
        }
    }

    /** Copies the child's output to its log, and completes {@code port} when Spring says where it listens. */
    private static void follow(Process process, Path log, CompletableFuture<Integer> port, Deque<String> tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.println(line);
                if (!port.isDone()) {
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        port.complete(Integer.parseInt(started.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("S3Mock closed its output before it listened (see " + log
                + "); its last lines:\n" + String.join("\n", tail)));
    }
}
