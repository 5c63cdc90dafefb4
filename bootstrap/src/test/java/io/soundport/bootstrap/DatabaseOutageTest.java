package io.soundport.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under load and comes back, on every backend: requests fail fast (503 SERVICE_UNAVAILABLE
 * with Retry-After, within the configured bounds) instead of hanging, and the server recovers by itself. The
 * embedded PostgreSQL is the server's own: killed, it is restarted; frozen (SIGSTOP of all its processes), calls
 * are bounded on the client side. DynamoDB Local is frozen by a proxy that stops forwarding.
 */
@Tag("alone")
class DatabaseOutageTest {
    /** The default bounds of a database call (acquire 3 s, statement 4 s, socket 5 s) are about 5 s. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** For a loaded 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final Duration FREEZE = Duration.ofSeconds(12);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_killed_embedded_postgres_is_restarted_and_keeps_every_acknowledged_write(@TempDir Path dataDir)
            throws Exception {
        ListAppender<ILoggingEvent> logs = capture();
        try (EmbeddedServer server = start(dataDir, Map.of("soundport.persistence", "embedded"))) {
            String token = register(server);
            try (Load load = new Load(server, token, 4)) {
                load.awaitAcknowledged(60, Duration.ofSeconds(30));
                long postmaster = postmaster(dataDir);
                assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();
                long killed = System.nanoTime();

                awaitReady(server, Duration.ofSeconds(60), "after the embedded PostgreSQL was killed");
                System.out.printf("Killed postmaster: ready again after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
                load.awaitAcknowledgedMore(20, Duration.ofSeconds(30));
                load.stop();

                assertThat(postmaster(dataDir)).as("a new postmaster").isNotEqualTo(postmaster);
                assertThat(load.failures()).as("every failure is a 503 with Retry-After").allSatisfy(sample ->
                        assertThat(sample.status() == 503 && sample.retryAfter()).as(sample.toString()).isTrue());
                for (String id : load.acknowledged()) {
                    HttpResponse<String> read = send(server, "GET", "/api/v1/artists/" + id, token, null);
                    assertThat(read.statusCode()).as("acknowledged artist " + id + ": " + read.body()).isEqualTo(200);
                }
                System.out.printf("Killed postmaster: %d acknowledged writes all readable; %d answers, %d of them 503,"
                        + " the slowest in %d ms%n", load.acknowledged().size(), load.answers(), load.failures().size(),
                        load.slowest());
            }
        } finally {
            release(logs);
        }
        assertThat(logs.list).as("each restart is logged at WARN with its attempt number").anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).containsIgnoringCase("restart").contains("attempt 1");
        });
    }

    @Test
    void a_frozen_embedded_postgres_fails_requests_within_the_bound_and_recovers(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedServer server = start(dataDir, Map.of("soundport.persistence", "embedded"))) {
            String token = register(server);
            List<Long> frozen = new ArrayList<>();
            try (Load load = new Load(server, token, 4)) {
                load.awaitAcknowledged(20, Duration.ofSeconds(30));
                ProcessHandle postmaster = ProcessHandle.of(postmaster(dataDir)).orElseThrow();
                Stream.concat(Stream.of(postmaster), postmaster.descendants()).forEach(p -> frozen.add(p.pid()));
                signal("-STOP", frozen);
                load.outageBegins();
                Thread.sleep(FREEZE.toMillis());
                signal("-CONT", frozen);
                load.outageEnds();
                frozen.clear();

                awaitReady(server, Duration.ofSeconds(30), "after the embedded PostgreSQL was thawed");
                load.awaitAcknowledgedMore(20, Duration.ofSeconds(30));
                load.stop();
                assertBoundedOutage(load);
            } finally {
                signal("-CONT", frozen);
            }
        }
    }

    @Test
    void a_frozen_dynamodb_fails_requests_within_the_bound_and_recovers(@TempDir Path dataDir) throws Exception {
        URI local = URI.create(DynamoDbLocal.endpoint());
        try (FreezableTcpProxy proxy = new FreezableTcpProxy(local.getHost(), local.getPort());
             EmbeddedServer server = start(dataDir, Map.of(
                     "soundport.persistence", "dynamodb",
                     "soundport.dynamodb.endpoint", "http://127.0.0.1:" + proxy.port(),
                     "soundport.dynamodb.table-prefix", "outage_" + SEQUENCE.incrementAndGet() + "_"))) {
            String token = register(server);
            try (Load load = new Load(server, token, 4)) {
                load.awaitAcknowledged(20, Duration.ofSeconds(30));
                proxy.freeze();
                load.outageBegins();
                try {
                    Thread.sleep(FREEZE.toMillis());
                } finally {
                    proxy.thaw();
                    load.outageEnds();
                }

                awaitReady(server, Duration.ofSeconds(30), "after DynamoDB was thawed");
                load.awaitAcknowledgedMore(20, Duration.ofSeconds(30));
                load.stop();
                assertBoundedOutage(load);
            }
        }
    }

    /**
     * A failure answers within the bound; no request, failed or not, waits on the frozen database longer than the
     * bound. A request that was already waiting when the database came back may then take a while longer, as the
     * backlog of every waiting request reaches the database at once: that time is not the outage's.
     */
    private static void assertBoundedOutage(Load load) {
        long bound = BOUND.plus(MARGIN).toMillis();
        System.out.printf("Outage: %d answers, %d of them 503, the slowest in %d ms, the longest wait on the frozen"
                + " database %d ms%n", load.answers(), load.failures().size(), load.slowest(), load.longestWaitInOutage());
        assertThat(load.failures()).as("every failure answers within the bound").allSatisfy(sample ->
                assertThat(sample.millis()).as(sample.toString()).isLessThanOrEqualTo(bound));
        assertThat(load.longestWaitInOutage()).as("no request waited on the frozen database longer than the bound")
                .isLessThanOrEqualTo(bound);
        assertThat(load.failures()).as("the outage was felt").isNotEmpty();
        assertThat(load.failures()).as("every failure is a 503 with Retry-After").allSatisfy(sample ->
                assertThat(sample.status() == 503 && sample.retryAfter()).as(sample.toString()).isTrue());
    }

    private EmbeddedServer start(Path dataDir, Map<String, Object> backend) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "outage-test-secret-0123456789abcdefghijklmn",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.workers.poll-interval", "50ms"));
        properties.putAll(backend);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private String register(EmbeddedServer server) throws Exception {
        HttpResponse<String> registered = send(server, "POST", "/api/v1/auth/register", null,
                "{\"email\":\"outage-" + SEQUENCE.incrementAndGet() + "@example.com\",\"password\":"
                        + "\"correct horse battery\",\"name\":\"Out\",\"organization_name\":\"Outage Records\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return JSON.readTree(registered.body()).path("access_token").asText();
    }

    private void awaitReady(EmbeddedServer server, Duration timeout, String when) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(server, "GET", "/health/readiness", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the readiness probe itself timed out
            }
            Thread.sleep(250);
        }
        throw new AssertionError("readiness did not come back UP within " + timeout + " " + when);
    }

    private HttpResponse<String> send(EmbeddedServer server, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pid of the embedded PostgreSQL's postmaster, from its lock file. */
    private static long postmaster(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger("io.soundport.bootstrap")).addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger("io.soundport.bootstrap")).detachAppender(appender);
    }

    /**
     * One answered request: its status (-1 without an answer), whether it carried Retry-After, when it was sent and
     * answered ({@link System#nanoTime()}).
     */
    record Sample(int status, boolean retryAfter, long sent, long answered, String body) {
        long millis() {
            return (answered - sent) / 1_000_000;
        }

        /** How long this request was in flight while the database was out, from {@code begun} to {@code ended}. */
        long millisWithin(long begun, long ended) {
            return Math.max(0, Math.min(answered, ended) - Math.max(sent, begun)) / 1_000_000;
        }
    }

    /** Writers that create artists and read them back in a loop, recording every answer. */
    private final class Load implements AutoCloseable {
        private final EmbeddedServer server;
        private final String token;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile long outageBegun;
        private volatile long outageEnded;

        Load(EmbeddedServer server, String token, int writers) {
            this.server = server;
            this.token = token;
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Thread thread = new Thread(() -> run(writer), "load-" + w);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }

        private void run(int writer) {
            String last = null;
            for (int i = 0; running.get(); i++) {
                boolean write = last == null || i % 2 == 0;
                long started = System.nanoTime();
                try {
                    HttpResponse<String> answer = write
                            ? send(server, "POST", "/api/v1/artists", token, "{\"name\":\"Artist " + writer + "-" + i + "\"}")
                            : send(server, "GET", "/api/v1/artists/" + last, token, null);
                    samples.add(new Sample(answer.statusCode(), answer.headers().firstValue("Retry-After").isPresent(),
                            started, System.nanoTime(), answer.body()));
                    if (write && answer.statusCode() == 201) {
                        last = JSON.readTree(answer.body()).path("id").asText();
                        acknowledged.add(last);
                    }
                } catch (IOException e) {
                    samples.add(new Sample(-1, false, started, System.nanoTime(), e.toString()));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged).as("acknowledged writes").hasSizeGreaterThanOrEqualTo(count);
        }

        void awaitAcknowledgedMore(int more, Duration timeout) throws InterruptedException {
            awaitAcknowledged(acknowledged.size() + more, timeout);
        }

        void outageBegins() {
            outageBegun = System.nanoTime();
        }

        void outageEnds() {
            outageEnded = System.nanoTime();
        }

        long longestWaitInOutage() {
            assertThat(outageEnded).as("the outage ended").isGreaterThan(outageBegun);
            return samples.stream().mapToLong(s -> s.millisWithin(outageBegun, outageEnded)).max().orElse(0);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(40).toMillis());
            }
        }

        Set<String> acknowledged() {
            return acknowledged;
        }

        List<Sample> failures() {
            return samples.stream().filter(s -> s.status() < 200 || s.status() >= 300).toList();
        }

        int answers() {
            return samples.size();
        }

        long slowest() {
            return samples.stream().mapToLong(Sample::millis).max().orElse(0);
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
