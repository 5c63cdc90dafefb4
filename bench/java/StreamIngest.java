import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analytics benchmark's load: POSTs {@code total} stream events to /analytics/streams in batches of
 * {@code batch} from {@code clients} threads (the organization's tracks, 30 countries, 5 stores, a year of dates,
 * revenue on half), then reads the year's overview and one track's series {@code reads} times each. Prints one line
 * per figure as {@code name value...}; analytics.sh turns them into the table.
 *   java StreamIngest base-url api-key total batch clients reads
 */
public final class StreamIngest {
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "BR", "MX", "JP", "KR", "IN", "ID", "NG", "ZA",
            "SE", "NO", "DK", "NL", "BE", "ES", "IT", "PL", "TR", "AU", "NZ", "CA", "AR", "CL", "CO", "PH", "TH", "EG"};
    private static final String[] STORES = {"spotify", "apple_music", "youtube_music", "deezer", "tidal"};
    private static final Pattern ID = Pattern.compile("\"id\":\"(trk_[A-Za-z0-9_]+)\"");
    private static final Pattern NEXT = Pattern.compile("\"next_cursor\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        long total = Long.parseLong(args[2]);
        int batch = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int reads = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> tracks = tracks(http, base, key);
        if (tracks.isEmpty()) {
            throw new IllegalStateException("the organization has no tracks");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long batches = (total + batch - 1) / batch;
        AtomicLong next = new AtomicLong();
        AtomicLong recorded = new AtomicLong();
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    String body = body(b * batch, Math.min(batch, total - b * batch), tracks, now);
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/analytics/streams"))
                            .header("X-API-Key", key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - sent) / 1_000);
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("batch " + b + ": " + answer.statusCode() + " " + answer.body());
                    }
                    Matcher m = Pattern.compile("\"recorded\":(\\d+)").matcher(answer.body());
                    recorded.addAndGet(m.find() ? Long.parseLong(m.group(1)) : 0);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "ingest %d %.1f %.0f %.1f %.1f%n", recorded.get(), seconds,
                recorded.get() / seconds, latencies.percentileMillis(50, 0), latencies.percentileMillis(99, 0));

        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String year = "from=" + today.minusDays(364) + "&to=" + today;
        read(http, base, key, "overview", "/analytics/overview?" + year, reads);
        read(http, base, key, "track", "/analytics/tracks/" + tracks.get(0) + "?" + year, reads);
        read(http, base, key, "realtime", "/streaming/realtime/" + tracks.get(0), reads);
    }

    /** Events {@code first} to {@code first + count - 1}: deterministic, so a rerun sends the same ids. */
    private static String body(long first, long count, List<String> tracks, Instant now) {
        StringBuilder sb = new StringBuilder(200 * (int) count).append("{\"events\":[");
        for (long i = first; i < first + count; i++) {
            if (i > first) {
                sb.append(',');
            }
            long spread = i * 2_654_435_761L;
            String track = tracks.get((int) Math.floorMod(spread >>> 7, (long) tracks.size()));
            Instant at = now.minusSeconds(Math.floorMod(spread, 365L * 86_400));
            sb.append("{\"event_id\":\"bench-").append(i).append("\",\"track_id\":\"").append(track)
                    .append("\",\"partner\":\"").append(STORES[(int) (i % STORES.length)])
                    .append("\",\"country\":\"").append(COUNTRIES[(int) ((i / 7) % COUNTRIES.length)])
                    .append("\",\"occurred_at\":\"").append(at).append('"');
            if (i % 2 == 0) {
                sb.append(",\"revenue\":{\"amount\":\"0.0034\",\"currency\":\"USD\"}");
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    private static List<String> tracks(HttpClient http, String base, String key) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String url = base + "/tracks?limit=100" + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            String page = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = ID.matcher(page);
            while (m.find()) {
                ids.add(m.group(1));
            }
            Matcher n = NEXT.matcher(page);
            cursor = n.find() ? n.group(1) : null;
        } while (cursor != null);
        return ids;
    }

    private static void read(HttpClient http, String base, String key, String name, String path, int times)
            throws Exception {
        Latencies latencies = new Latencies();
        for (int i = 0; i < times; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + answer.statusCode() + " " + answer.body());
            }
            latencies.add((System.nanoTime() - sent) / 1_000);
        }
        System.out.printf(Locale.ROOT, "%s %.1f %.1f%n", name, latencies.percentileMillis(50, 0),
                latencies.percentileMillis(99, 0));
    }
}
