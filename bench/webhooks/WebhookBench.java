import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook bench's client and receiver, run by bench/webhooks/run.sh as a single-file program (java WebhookBench.java).
 * setup: registers an organization, subscribes ENDPOINTS endpoints on the receiver's port and raises EVENTS events
 * (artist.created) on a server whose workers are off. receive: a fast receiver (HTTP/1.1 keep-alive, 204 at once)
 * that waits for EXPECTED deliveries and prints the rate. latency: with the workers on, raises RATE events a second
 * for SECONDS seconds against a receiver of its own and prints the event-to-delivery percentiles. Loopback only.
 */
public class WebhookBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "receive" -> receive(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "latency" -> latency(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static String post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String token(String base) throws Exception {
        String email = "bench-" + System.nanoTime() + "@example.com";
        String registered = post(base + "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":"
                + "\"bench password 1\",\"name\":\"Bench\",\"organization_name\":\"Bench Records\"}");
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(registered);
        if (!m.find()) {
            throw new IllegalStateException(registered);
        }
        return m.group(1);
    }

    private static void subscribe(String base, String token, int receiverPort, int endpoints) throws Exception {
        for (int i = 0; i < endpoints; i++) {
            post(base + "/webhooks", token, "{\"url\":\"http://127.0.0.1:" + receiverPort + "/hook/" + i
                    + "\",\"events\":[\"artist.created\"]}");
        }
    }

    /** Raises {@code count} events, {@code perSecond} a second at most (0: as fast as 8 clients go). */
    private static void raise(String base, String token, int count, int perSecond) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (perSecond > 0) {
                long due = start + (long) i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            int n = i;
            clients.execute(() -> {
                try {
                    post(base + "/artists", token, "{\"name\":\"Bench Artist " + n + "\"}");
                } catch (Exception e) {
                    if (failures.incrementAndGet() <= 3) {
                        System.err.println("WARNING: " + e.getMessage());
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("raised %d events in %.1f s (%.0f/s), %d failed%n", count, seconds, count / seconds,
                failures.get());
    }

    private static void setup(String base, int endpoints, int receiverPort, int events) throws Exception {
        String token = token(base);
        subscribe(base, token, receiverPort, endpoints);
        raise(base, token, events, 0);
    }

    /** A receiver that answers 204 at once and notes when each delivery arrived, and the event's time. */
    private static final class Receiver {
        final HttpServer server;
        final List<long[]> arrivals = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong first = new AtomicLong();
        final AtomicLong last = new AtomicLong();
        final ConcurrentHashMap<String, Boolean> ids = new ConcurrentHashMap<>();
        final AtomicInteger duplicates = new AtomicInteger();

        Receiver(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
            server.setExecutor(Executors.newFixedThreadPool(32));
            server.createContext("/", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    long now = System.currentTimeMillis();
                    first.compareAndSet(0, System.nanoTime());
                    last.set(System.nanoTime());
                    if (ids.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), true) != null) {
                        duplicates.incrementAndGet();
                    }
                    Matcher m = TIMESTAMP.matcher(body);
                    long raised = m.find() ? Instant.parse(m.group(1)).toEpochMilli() : now;
                    arrivals.add(new long[]{raised, now});
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        boolean await(int expected, Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            long mark = System.nanoTime();
            int marked = 0;
            while (arrivals.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
                if (System.nanoTime() - mark >= 5_000_000_000L && arrivals.size() > 0) {
                    int now = arrivals.size();
                    System.err.printf("  %d delivered, %.0f/s over the last %.1f s%n", now,
                            (now - marked) / ((System.nanoTime() - mark) / 1e9), (System.nanoTime() - mark) / 1e9);
                    mark = System.nanoTime();
                    marked = now;
                }
            }
            return arrivals.size() >= expected;
        }
    }

    private static void receive(int port, int expected, int timeoutSeconds) throws Exception {
        Receiver receiver = new Receiver(port);
        boolean all = receiver.await(expected, Duration.ofSeconds(timeoutSeconds));
        double seconds = (receiver.last.get() - receiver.first.get()) / 1e9;
        System.out.printf("delivered %d of %d in %.2f s from the first to the last: %.0f deliveries/s%s%n",
                receiver.arrivals.size(), expected, seconds, receiver.arrivals.size() / seconds,
                receiver.duplicates.get() > 0 ? " (" + receiver.duplicates.get() + " duplicates)" : "");
        receiver.server.stop(0);
        System.exit(all ? 0 : 1);
    }

    private static void latency(String base, int perSecond, int seconds) throws Exception {
        Receiver receiver = new Receiver(0);
        String token = token(base);
        subscribe(base, token, receiver.port(), 1);
        Thread.sleep(1_000);
        receiver.arrivals.clear();
        int events = perSecond * seconds;
        raise(base, token, events, perSecond);
        boolean all = receiver.await(events, Duration.ofSeconds(120));
        List<Long> lags = new ArrayList<>();
        synchronized (receiver.arrivals) {
            receiver.arrivals.forEach(a -> lags.add(a[1] - a[0]));
        }
        Collections.sort(lags);
        System.out.printf("%d events at %d/s: %d delivered; event -> delivery p50 %d ms, p99 %d ms, max %d ms%n",
                events, perSecond, lags.size(), lags.get(lags.size() / 2), lags.get((int) (lags.size() * 0.99)),
                lags.get(lags.size() - 1));
        receiver.server.stop(0);
        System.exit(all ? 0 : 1);
    }
}
