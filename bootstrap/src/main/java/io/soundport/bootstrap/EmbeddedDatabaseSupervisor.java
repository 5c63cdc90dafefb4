package io.soundport.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Watches the embedded PostgreSQL that this server started, and starts it again on the same data directory when its
 * postmaster dies (a {@code kill -9}, a crash): PostgreSQL recovers from its write-ahead log by itself, so every
 * acknowledged write is there afterwards. Each attempt is logged at WARN with its number; a failed one is tried
 * again after a growing pause. Meanwhile the database does not answer, so readiness is DOWN and requests get 503;
 * the connection pool finds the database again by itself.
 */
final class EmbeddedDatabaseSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EmbeddedDatabase database;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;

    EmbeddedDatabaseSupervisor(EmbeddedDatabase database) {
        this.database = database;
        this.thread = new Thread(this::watch, "soundport-embedded-postgres-supervisor");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watch() {
        while (!pause(CHECK_EVERY)) {
            if (!database.isRunning()) {
                restart();
            }
        }
    }

    private void restart() {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; closed.getCount() > 0; attempt++) {
            LOG.warn("The embedded PostgreSQL in {} is not running; restarting it, attempt {}",
                    database.dataDirectory(), attempt);
            try {
                database.restart();
                LOG.info("The embedded PostgreSQL is running again after restart attempt {}", attempt);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Restart attempt {} of the embedded PostgreSQL failed ({}); next attempt in {} ms", attempt,
                        e.getMessage(), backoff.toMillis());
            }
            if (pause(backoff)) {
                return;
            }
            if (database.isRunning()) {
                // an attempt that gave up waiting for a long crash recovery, which finished since
                LOG.info("The embedded PostgreSQL is running again after restart attempt {}", attempt);
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Waits, and says whether the supervisor was closed meanwhile. */
    private boolean pause(Duration duration) {
        try {
            return closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops watching; a restart under way finishes first (the database's close waits for it). */
    @Override
    public void close() {
        closed.countDown();
    }
}
