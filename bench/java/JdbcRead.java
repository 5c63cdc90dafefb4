import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under the read rows: the one statement {@code GET /releases/{id}} runs on PostgreSQL (a release with its
 * artist and tracks, as {@code PostgresReleasesAdapter.findDetails} reads it), with plain JDBC and nothing else, from
 * {@code connections} threads with a connection each, for {@code seconds}. A read through the server costs at least
 * what liveness costs plus what this costs, so it bounds the read rows' ratio to liveness.
 * <p>
 * {@code java JdbcRead <jdbc url> <user> <connections> <seconds> <release id>} prints
 * {@code rate=<reads/s> p50=<ms> p99=<ms> errors=<n>}.
 */
public final class JdbcRead {
    /** Kept equal to {@code PostgresReleasesAdapter.DETAILS}. */
    private static final String DETAILS = """
            SELECT r.*,
                   a.id AS a_id, a.organization_id AS a_organization_id, a.name AS a_name,
                   a.musicbrainz_id AS a_musicbrainz_id, a.spotify_id AS a_spotify_id, a.created_at AS a_created_at,
                   a.updated_at AS a_updated_at, a.version AS a_version,
                   t.id AS t_id, t.organization_id AS t_organization_id, t.release_id AS t_release_id,
                   t.artist_id AS t_artist_id, t.title AS t_title, t.isrc AS t_isrc, t.duration_ms AS t_duration_ms,
                   t.explicit AS t_explicit, t.position AS t_position, t.created_at AS t_created_at,
                   t.updated_at AS t_updated_at, t.version AS t_version
            FROM releases r
            LEFT JOIN artists a ON a.organization_id = r.organization_id AND a.id = r.artist_id
            LEFT JOIN tracks t ON t.organization_id = r.organization_id AND t.release_id = r.id
            WHERE r.id = ? AND r.organization_id = ?
            ORDER BY t.position NULLS LAST, t.created_at, t.id""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int connections = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String release = args[4];
        String organization;
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement s = c.prepareStatement("SELECT organization_id FROM releases WHERE id = ?")) {
            s.setString(1, release);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no release " + release);
                }
                organization = r.getString(1);
            }
        }
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            threads.add(new Thread(() -> read(url, user, release, organization, deadline, latencies, errors)));
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

    private static void read(String url, String user, String release, String organization, long deadline,
                             Latencies latencies, AtomicLong errors) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            while (System.nanoTime() < deadline) {
                long begin = System.nanoTime();
                // a statement per read, as the adapter's: the driver keeps it prepared on the server
                try (PreparedStatement s = c.prepareStatement(DETAILS)) {
                    s.setString(1, release);
                    s.setString(2, organization);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            r.getString("t_id");
                        }
                    }
                }
                latencies.add((System.nanoTime() - begin) / 1000);
            }
        } catch (SQLException e) {
            errors.incrementAndGet();
            System.err.println("JDBC read failed: " + e.getMessage());
        }
    }
}
