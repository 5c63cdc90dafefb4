import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook rows: a fast receiver (HTTP/1.1 keep-alive, 204 at once) on a free loopback port, {@code endpoints}
 * webhook endpoints registered on it for {@code artist.created}, artists created through the API for {@code seconds}
 * (as fast as {@code load} concurrent clients go with {@code max}, or {@code load} events a second with {@code rate}),
 * then a wait for the deliveries (at most {@code drain} seconds, or 10 s without a new one). The endpoints are
 * deleted at the end.
 * <p>
 * {@code java Webhooks <api base> <access token> <api key> <endpoints> max|rate <load> <seconds> <drain>} prints
 * {@code events= event_rate= deliveries= delivery_rate= missing= duplicates= stale= p50= p99= non2xx= kept_up=}: the
 * delivery rate is over the first to the last delivery; latency is the event's {@code timestamp} (the time of the
 * write) to its receipt, a missing delivery counting as slower than all (p99=NaN when more than 1% are missing);
 * kept_up=true when the last delivery came within a second of the last event, i.e. the producer set the pace;
 * stale counts deliveries of events older than this run (left in the outbox by an earlier one), which are ignored.
 */
public final class Webhooks {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final Instant since = Instant.now();
    private final AtomicLong firstReceipt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastReceipt = new AtomicLong();
    private final Latencies latencies = new Latencies();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final HttpClient client;
    private final String api;
    private final String key;

    private Webhooks(String api, String key, ExecutorService pool) {
        this.api = api;
        this.key = key;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(TIMEOUT).build();
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the receiver's threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        String api = args[0];
        String token = args[1];
        String key = args[2];
        int endpoints = Integer.parseInt(args[3]);
        String mode = args[4];
        int load = Integer.parseInt(args[5]);
        long seconds = Long.parseLong(args[6]);
        long drain = Long.parseLong(args[7]);
        String jdbc = args.length > 8 ? args[8] : null;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Webhooks bench = new Webhooks(api, key, pool);
        HttpServer receiver = bench.receiver();
        List<String> ids = new ArrayList<>();
        try {
            // the event copied is raised before the endpoints subscribe, so that it is not delivered itself
            OutboxEvents outbox = mode.equals("backlog") || mode.equals("outbox-rate")
                    ? new OutboxEvents(jdbc, bench.templateEvent()) : null;
            for (int i = 0; i < endpoints; i++) {
                ids.add(bench.register(token, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/e" + i));
            }
            long start = System.nanoTime();
            bench.reportProgress(start);
            switch (mode) {
                case "max" -> bench.produceFlatOut(load, seconds);
                case "rate" -> bench.produceAtRate(load, seconds);
                case "backlog" -> outbox.backlog(load);
                case "outbox-rate" -> outbox.atRate(load, seconds);
                default -> throw new IllegalArgumentException("mode " + mode);
            }
            long produced = System.nanoTime();
            long events = outbox == null ? bench.statuses.getOrDefault(201, new AtomicLong()).get() : outbox.inserted();
            long expected = events * endpoints;
            bench.awaitDeliveries(expected, produced, drain);
            bench.report(events, expected, start, produced);
        } finally {
            for (String id : ids) {
                bench.delete(token, id);
            }
            receiver.stop(0);
            pool.shutdownNow();
        }
        System.exit(0);
    }

    private HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body;
            try (exchange) {
                body = new String(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(204, -1);
            }
            long nanos = System.nanoTime();
            Instant now = Instant.now();
            Matcher id = ID.matcher(body);
            Matcher timestamp = TIMESTAMP.matcher(body);
            if (!id.find() || !timestamp.find()) {
                System.err.println("WARNING: a delivery without an id or a timestamp: " + body);
                return;
            }
            Instant occurred = Instant.parse(timestamp.group(1));
            if (occurred.isBefore(since)) { // an event of an earlier run, still in the outbox when this one began
                stale.incrementAndGet();
                return;
            }
            if (!received.add(exchange.getRequestURI().getPath() + " " + id.group(1))) {
                duplicates.incrementAndGet();
                return;
            }
            firstReceipt.accumulateAndGet(nanos, Math::min);
            lastReceipt.accumulateAndGet(nanos, Math::max);
            latencies.add(Duration.between(occurred, now).toNanos() / 1000);
        });
        server.start();
        return server;
    }

    private String register(String token, String url) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(api + "/webhooks"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"" + url + "\",\"events\":[\"artist.created\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("registering " + url + ": " + answer.statusCode() + " " + answer.body());
        }
        return id.group(1);
    }

    private void delete(String token, String id) {
        try {
            client.send(HttpRequest.newBuilder(URI.create(api + "/webhooks/" + id))
                    .header("Authorization", "Bearer " + token).timeout(TIMEOUT).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            System.err.println("WARNING: endpoint " + id + " not deleted: " + e.getMessage());
        }
    }

    private HttpRequest createArtist() {
        return HttpRequest.newBuilder(URI.create(api + "/artists"))
                .header("X-API-Key", key).header("Content-Type", "application/json").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Hook Artist " + sequence.incrementAndGet() + "\"}")).build();
    }

    /** Every second, with BENCH_PROGRESS set: the deliveries so far, to standard error. */
    private void reportProgress(long start) {
        if (System.getenv("BENCH_PROGRESS") == null) {
            return;
        }
        Thread progress = new Thread(() -> {
            long before = 0;
            while (true) {
                LockSupport.parkNanos(1_000_000_000L);
                long now = received.size();
                System.err.printf("  %5.1f s: %d delivered (+%d)%n", (System.nanoTime() - start) / 1e9, now, now - before);
                before = now;
            }
        });
        progress.setDaemon(true);
        progress.start();
    }

    /** Creates an artist; returns the id of the artist.created event raised, a template for the outbox modes. */
    private String templateEvent() throws Exception {
        HttpResponse<String> answer = client.send(createArtist(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("creating an artist: " + answer.statusCode() + " " + answer.body());
        }
        return id.group(1);
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    /** Closed loop: {@code clients} threads, each sending its next event when the last is answered. */
    private void produceFlatOut(int clients, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        try {
                            count(client.send(createArtist(), HttpResponse.BodyHandlers.discarding()).statusCode());
                        } catch (IOException e) {
                            count(-1);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    /**
     * Open loop: each event on its schedule, whatever the answers to the earlier ones, with at most 512 in flight;
     * a server that falls behind gets fewer events (the rate achieved is reported), the run does not last longer.
     */
    private void produceAtRate(int perSecond, long seconds) throws InterruptedException {
        Semaphore inFlight = new Semaphore(512);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long total = perSecond * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                break;
            }
            client.sendAsync(createArtist(), HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                count(error != null ? -1 : answer.statusCode());
                inFlight.release();
            });
        }
        inFlight.acquire(512);
        inFlight.release(512);
    }


    private void awaitDeliveries(long expected, long produced, long drainSeconds) throws InterruptedException {
        long until = produced + TimeUnit.SECONDS.toNanos(drainSeconds);
        long seen = -1;
        long progress = System.nanoTime();
        while (received.size() < expected && System.nanoTime() < until
                && System.nanoTime() - progress < TimeUnit.SECONDS.toNanos(10)) {
            if (received.size() != seen) {
                seen = received.size();
                progress = System.nanoTime();
            }
            Thread.sleep(50);
        }
    }

    private void report(long events, long expected, long start, long produced) {
        long deliveries = received.size();
        long missing = Math.max(0, expected - deliveries);
        double window = (lastReceipt.get() - firstReceipt.get()) / 1e9;
        double deliveryRate = deliveries > 1 && window > 0 ? deliveries / window : 0;
        long non2xx = statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() > 299)
                .mapToLong(e -> e.getValue().get()).sum();
        if (non2xx > 0) {
            System.err.println("WARNING: " + non2xx + " event writes answered other than 2xx: " + statuses);
        }
        boolean keptUp = missing == 0 && lastReceipt.get() - produced < 1_000_000_000L;
        System.out.printf("events=%d event_rate=%.1f deliveries=%d delivery_rate=%.1f missing=%d duplicates=%d "
                        + "stale=%d p50=%.2f p99=%.2f non2xx=%d kept_up=%s%n",
                events, events / ((produced - start) / 1e9), deliveries, deliveryRate, missing, duplicates.get(), stale.get(),
                latencies.percentileMillis(50, missing), latencies.percentileMillis(99, missing), non2xx, keptUp);
    }
}
