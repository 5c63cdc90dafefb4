package io.soundport.adapters.postgres;

import io.soundport.domain.port.RateLimitStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rate-limit counters in {@code rate_limit_counters}, one row per (key, window start). Every call runs on a
 * connection of its own in auto-commit mode, never on the unit of work of the calling thread, so a counter is
 * shared at once and never rolls back. An add is one statement, one round trip: an
 * {@code INSERT ... ON CONFLICT DO UPDATE SET count = count + EXCLUDED.count RETURNING count}, which the row lock
 * makes atomic between instances, and the read of the previous window beside it. A row expires two windows after its
 * window started; now and then (at most once per {@link #purgeEvery} per instance) an add also deletes a bounded
 * batch of expired rows, by the database's clock.
 */
final class PostgresRateLimitStoreAdapter implements RateLimitStore {
    static final Duration PURGE_EVERY = Duration.ofSeconds(30);
    /** At most this many expired rows per purge, so that the add that runs it stays quick. */
    static final int PURGE_BATCH = 5_000;

    private static final System.Logger LOG = System.getLogger(PostgresRateLimitStoreAdapter.class.getName());

    private final JdbiTransactionRunner db;
    private final long purgeEveryNanos;
    private final AtomicLong nextPurge;

    PostgresRateLimitStoreAdapter(JdbiTransactionRunner db) {
        this(db, PURGE_EVERY);
    }

    PostgresRateLimitStoreAdapter(JdbiTransactionRunner db, Duration purgeEvery) {
        this.db = Objects.requireNonNull(db, "db");
        this.purgeEveryNanos = purgeEvery.toNanos();
        this.nextPurge = new AtomicLong(System.nanoTime() + purgeEveryNanos);
    }

    @Override
    public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
        RateLimitStore.checkArguments(key, windowStart, window);
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1");
        }
        WindowCounts counts = db.outside(h -> h.createQuery("""
                        WITH added AS (
                            INSERT INTO rate_limit_counters AS c (key, window_start, count, expires_at)
                            VALUES (:key, :start, :amount, :expires_at)
                            ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + EXCLUDED.count
                            RETURNING c.count)
                        SELECT (SELECT count FROM added) AS current,
                               COALESCE((SELECT count FROM rate_limit_counters
                                         WHERE key = :key AND window_start = :previous), 0) AS previous""")
                .bind("key", key)
                .bind("start", Sql.ts(windowStart))
                .bind("previous", Sql.ts(windowStart.minus(window)))
                .bind("amount", amount)
                .bind("expires_at", Sql.ts(windowStart.plus(window.multipliedBy(2))))
                .map((rs, ctx) -> new WindowCounts(rs.getLong("current"), rs.getLong("previous")))
                .one());
        purgeIfDue();
        return counts;
    }

    @Override
    public WindowCounts peek(String key, Instant windowStart, Duration window) {
        RateLimitStore.checkArguments(key, windowStart, window);
        return db.outside(h -> h.createQuery("""
                        SELECT COALESCE(SUM(count) FILTER (WHERE window_start = :start), 0) AS current,
                               COALESCE(SUM(count) FILTER (WHERE window_start = :previous), 0) AS previous
                        FROM rate_limit_counters
                        WHERE key = :key AND window_start IN (:start, :previous)""")
                .bind("key", key)
                .bind("start", Sql.ts(windowStart))
                .bind("previous", Sql.ts(windowStart.minus(window)))
                .map((rs, ctx) -> new WindowCounts(rs.getLong("current"), rs.getLong("previous")))
                .one());
    }

    @Override
    public void clear(String key) {
        Objects.requireNonNull(key, "key");
        db.outside(h -> h.createUpdate("DELETE FROM rate_limit_counters WHERE key = :key")
                .bind("key", key)
                .execute());
    }

    /** Deletes up to {@link #PURGE_BATCH} rows whose expiry passed by the database's clock; answers how many. */
    int purgeExpired() {
        return db.outside(h -> h.createUpdate("""
                        DELETE FROM rate_limit_counters
                        WHERE ctid = ANY (ARRAY(SELECT ctid FROM rate_limit_counters
                                                WHERE expires_at < now() LIMIT :batch))""")
                .bind("batch", PURGE_BATCH)
                .execute());
    }

    private void purgeIfDue() {
        long due = nextPurge.get();
        long now = System.nanoTime();
        // one caller per period wins the purge; the others go on at once
        if (now - due >= 0 && nextPurge.compareAndSet(due, now + purgeEveryNanos)) {
            try {
                purgeExpired();
            } catch (RuntimeException e) {
                // the add itself succeeded and must answer; the rows wait for the next purge
                LOG.log(System.Logger.Level.WARNING, "Purging expired rate-limit counters failed", e);
            }
        }
    }
}
