package io.soundport.bootstrap;

import io.soundport.adapters.postgres.PostgresPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded PostgreSQL and migrates its schema on a thread of its own while the application context is
 * still being built, so that this work (unpacking checks, the postmaster, the first connection, Flyway) overlaps
 * with Micronaut's start instead of following it. {@link Application#main} begins it when the start is on the embedded default; the persistence
 * factory then {@linkplain #take takes} the database instead of starting one, and whatever nobody took is
 * {@linkplain #abandon closed}, so that a configuration that chose other persistence after all leaves no
 * PostgreSQL running. Tests that build a context of their own never begin one and start the database as before.
 */
final class EmbeddedDatabaseHeadStart {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseHeadStart.class);
    private static Path directory; // guarded by the class
    private static CompletableFuture<EmbeddedDatabase> pending; // guarded by the class
    private static volatile EmbeddedDatabase migrated;

    private EmbeddedDatabaseHeadStart() {
    }

    /** Whether the environment leaves persistence on the embedded default, as {@code soundport.persistence} does. */
    static boolean embeddedByDefault() {
        String chosen = System.getProperty("soundport.persistence", System.getenv("SOUNDPORT_PERSISTENCE"));
        return chosen == null || chosen.isBlank() || chosen.strip().equalsIgnoreCase("embedded");
    }

    /** Begins starting the embedded PostgreSQL of this data directory ({@code postgres} in it) on its own thread. */
    static synchronized void begin(Path postgresDirectory) {
        if (pending != null) {
            return;
        }
        directory = postgresDirectory.toAbsolutePath().normalize();
        Path dir = directory;
        pending = new CompletableFuture<>();
        CompletableFuture<EmbeddedDatabase> future = pending;
        Thread starter = new Thread(() -> {
            EmbeddedDatabase database = null;
            try {
                database = EmbeddedDatabase.start(dir);
                PostgresPersistence.migrate(database.jdbcUrl(), database.user(), "");
                migrated = database;
                future.complete(database);
            } catch (RuntimeException | Error e) {
                if (database != null) {
                    closeQuietly(database);
                }
                future.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * The database begun for this directory, once it has started (its failure rethrown as it was thrown); null when
     * none was begun for it, and the caller starts one itself.
     */
    static EmbeddedDatabase take(Path postgresDirectory) {
        CompletableFuture<EmbeddedDatabase> future;
        synchronized (EmbeddedDatabaseHeadStart.class) {
            if (pending == null || !directory.equals(postgresDirectory.toAbsolutePath().normalize())) {
                return null;
            }
            future = pending;
            pending = null;
            directory = null;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Whether this database is the one begun here, its schema migrated already. */
    static boolean migrated(EmbeddedDatabase database) {
        return database != null && database == migrated;
    }

    /** Stops the database begun and not taken (the context chose other persistence, or failed before it took it). */
    static void abandon() {
        CompletableFuture<EmbeddedDatabase> future;
        synchronized (EmbeddedDatabaseHeadStart.class) {
            future = pending;
            pending = null;
            directory = null;
        }
        if (future == null) {
            return;
        }
        try {
            EmbeddedDatabase database = future.join();
            LOG.info("The embedded PostgreSQL started ahead of the configuration was not used; stopping it");
            closeQuietly(database);
        } catch (RuntimeException e) {
            // it did not start: nothing of it is left to stop
            LOG.debug("The embedded PostgreSQL started ahead was not used: {}", e.getMessage());
        }
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (RuntimeException e) {
            LOG.warn("Could not stop the embedded PostgreSQL in {}: {}", database.dataDirectory(), e.getMessage());
        }
    }
}
