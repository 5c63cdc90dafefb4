import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The webhook rows' producer when the pipeline, not the API, is measured: copies of one event the API raised
 * (artist.created), written straight into the embedded PostgreSQL's outbox as the API writes events, each with an id
 * of its own and the time of its write. The API cannot raise events as fast as the pipeline should send them (its
 * write path is the ingestion row), so a backlog or a steady 1,000 events/s comes from here. The dispatcher hears of
 * each commit as of any other (the outbox's insert trigger notifies the workers).
 */
final class OutboxEvents {
    private static final String COPY = """
            INSERT INTO outbox_events (id, type, organization_id, aggregate_id, release_id, occurred_at, data)
            SELECT 'evt_bench' || replace(CAST(gen_random_uuid() AS text), '-', ''), type, organization_id,
                   aggregate_id, release_id, clock_timestamp(), data
            FROM outbox_events, generate_series(1, ?)
            WHERE id = ?""";
    private static final String TEMPLATE = "SELECT id FROM outbox_events WHERE aggregate_id = ? AND type = 'artist.created'";

    private final String url;
    private final String eventId;
    private long inserted;

    /** {@code artistId}: the artist whose artist.created event is copied. */
    OutboxEvents(String url, String artistId) throws SQLException {
        this.url = url;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement template = c.prepareStatement(TEMPLATE)) {
            template.setString(1, artistId);
            try (ResultSet event = template.executeQuery()) {
                if (!event.next()) {
                    throw new IllegalStateException("no artist.created event of artist " + artistId + " to copy");
                }
                this.eventId = event.getString(1);
            }
        }
    }

    long inserted() {
        return inserted;
    }

    /** {@code count} events in one transaction. */
    void backlog(int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            inserted += copy(c, count);
        }
    }

    /** {@code perSecond} events a second for {@code seconds}, those due written every 5 ms, each write committed. */
    void atRate(int perSecond, long seconds) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long tick = TimeUnit.MILLISECONDS.toNanos(5);
            for (long next = start + tick; next <= end; next += tick) {
                LockSupport.parkNanos(next - System.nanoTime());
                long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L - inserted;
                if (due > 0) {
                    inserted += copy(c, (int) due);
                }
            }
        }
    }

    private int copy(Connection c, int count) throws SQLException {
        try (PreparedStatement copy = c.prepareStatement(COPY)) {
            copy.setInt(1, count);
            copy.setString(2, eventId);
            int rows = copy.executeUpdate();
            if (rows != count) {
                throw new IllegalStateException("wrote " + rows + " copies of event " + eventId + " of " + count);
            }
            return rows;
        }
    }
}
