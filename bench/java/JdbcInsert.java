import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingestion baseline: the rows POST /releases writes for a release with 10 tracks (one releases row, ten tracks
 * rows, the same columns as the PostgreSQL adapters), inserted with plain JDBC batches, one transaction per release,
 * from {@code connections} threads with a connection each, for {@code seconds}.
 * <p>
 * {@code java JdbcInsert <jdbc url> <user> <connections> <seconds>} prints
 * {@code rate=<releases/s> p50=<ms> p99=<ms> errors=<n>}.
 */
public final class JdbcInsert {
    private static final String RELEASE = """
            INSERT INTO releases (id, organization_id, title, artist_id, upc, label, release_date, genre, territories,
                                  status, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, CAST('{}' AS text[]), 'DRAFT', ?, ?, 1)""";
    private static final String TRACK = """
            INSERT INTO tracks (id, organization_id, release_id, artist_id, title, isrc, duration_ms, explicit,
                                position, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 1)""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int connections = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String organization;
        String artist;
        try (Connection c = DriverManager.getConnection(url, user, "");
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT organization_id, artist_id FROM releases ORDER BY created_at LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no release to take the organization and the artist from");
            }
            organization = r.getString(1);
            artist = r.getString(2);
        }
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int thread = t;
            threads.add(new Thread(() -> insert(url, user, thread, organization, artist, deadline, latencies, errors)));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("rate=%.1f p50=%.2f p99=%.2f errors=%d%n", latencies.size() / elapsed,
                latencies.percentileMillis(50, 0), latencies.percentileMillis(99, 0), errors.get());
    }

    private static void insert(String url, String user, int thread, String organization, String artist, long deadline,
                               Latencies latencies, AtomicLong errors) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement release = c.prepareStatement(RELEASE);
             PreparedStatement track = c.prepareStatement(TRACK)) {
            c.setAutoCommit(false);
            LocalDate date = LocalDate.of(2026, 12, 4);
            for (long n = 1; System.nanoTime() < deadline; n++) {
                long begin = System.nanoTime();
                Timestamp now = Timestamp.from(Instant.now());
                String releaseId = String.format("rel_JDBC%02d%018d", thread, n);
                release.setString(1, releaseId);
                release.setString(2, organization);
                release.setString(3, "Bench JDBC " + thread + "-" + n);
                release.setString(4, artist);
                release.setString(5, upc(String.format("9%02d%08d", thread, n)));
                release.setObject(6, date);
                release.setTimestamp(7, now);
                release.setTimestamp(8, now);
                release.addBatch();
                release.executeBatch();
                for (int k = 0; k < 10; k++) {
                    track.setString(1, String.format("trk_JDBC%02d%016d%02d", thread, n, k));
                    track.setString(2, organization);
                    track.setString(3, releaseId);
                    track.setString(4, artist);
                    track.setString(5, "Track " + (k + 1));
                    track.setString(6, String.format("QYJ%02d%07d", thread, n * 10 + k));
                    track.setLong(7, 180_000 + k * 1000L);
                    track.setInt(8, k + 1);
                    track.setTimestamp(9, now);
                    track.setTimestamp(10, now);
                    track.addBatch();
                }
                track.executeBatch();
                c.commit();
                latencies.add((System.nanoTime() - begin) / 1000);
            }
        } catch (SQLException e) {
            errors.incrementAndGet();
            System.err.println("JDBC insert failed: " + e.getMessage());
        }
    }

    /** UPC-A: the 11 digits given and the GS1 check digit (weights 3, 1, 3, ... from the right). */
    private static String upc(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return payload + (10 - sum % 10) % 10;
    }
}
