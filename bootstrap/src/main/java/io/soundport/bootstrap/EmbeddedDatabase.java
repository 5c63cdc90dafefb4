package io.soundport.bootstrap;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL started from a Maven artifact inside this process, its files in the data directory so that
 * they survive a restart. Listens on loopback only, on one port for its whole life, so that the pool reaches it
 * again after {@link #restart()}; an {@link EmbeddedDatabaseSupervisor} restarts it when it dies.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Crash recovery replays the write-ahead log before the server answers: give it time. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private final Path dataDirectory;
    private final int port;
    private final EmbeddedDatabaseSupervisor supervisor;
    private EmbeddedPostgres postgres; // guarded by this

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, int port) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.supervisor = new EmbeddedDatabaseSupervisor(this);
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        stopOrphan(dataDirectory);
        try {
            int port = freePort();
            EmbeddedDatabase database = new EmbeddedDatabase(startPostgres(dataDirectory, port), dataDirectory, port);
            database.supervisor.start();
            return database;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start in " + dataDirectory
                    + " (is another Soundport using this data directory?): " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // the library turns it off for speed: a commit would then be acknowledged before its WAL is
                // written, and a killed postmaster would take acknowledged writes with it
                .setServerConfig("synchronous_commit", "on")
                // stopped by close(), after the application context: the library's own JVM shutdown hook would stop
                // it while requests and workers still finish their work (graceful shutdown)
                .setRegisterShutdownHook(false)
                .start();
    }

    public synchronized String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String user() {
        return "postgres";
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True while the postmaster this data directory names is alive (a frozen one counts as alive). */
    boolean isRunning() {
        return postmasterOf(dataDirectory).isPresent();
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after it died; it recovers from its write-ahead
     * log by itself before it answers.
     */
    synchronized void restart() throws IOException {
        // Releases the data directory's lock in this JVM; stopping a postmaster that is gone fails, and the
        // library logs that failure as an error with its stack trace, which here is only noise.
        withoutLibraryLogs(() -> closeQuietly(postgres));
        postgres = startPostgres(dataDirectory, port);
    }

    private static void withoutLibraryLogs(Runnable action) {
        if (!(LoggerFactory.getLogger(EmbeddedPostgres.class) instanceof ch.qos.logback.classic.Logger library)) {
            action.run();
            return;
        }
        Level before = library.getLevel();
        library.setLevel(Level.OFF);
        try {
            action.run();
        } finally {
            library.setLevel(before);
        }
    }

    @Override
    public void close() {
        supervisor.close();
        synchronized (this) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.debug("Closing the PostgreSQL that died: {}", e.getMessage());
        }
    }

    /**
     * A server killed with SIGKILL leaves its PostgreSQL running and holding the data directory. Stop it the way
     * PostgreSQL is meant to be stopped (SIGTERM, then SIGINT for a fast shutdown), so that this start can take over.
     */
    static void stopOrphan(Path dataDirectory) {
        try {
            Optional<ProcessHandle> orphan = postmasterOf(dataDirectory);
            if (orphan.isEmpty()) {
                return;
            }
            LOG.warn("A PostgreSQL left behind by an earlier run (pid {}) holds {}; stopping it", orphan.get().pid(),
                    dataDirectory);
            ProcessHandle process = orphan.get();
            process.destroy();
            if (!waitForExit(process, Duration.ofSeconds(20))) {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                waitForExit(process, Duration.ofSeconds(20));
            }
        } catch (IOException e) {
            LOG.warn("Could not stop the PostgreSQL left behind in {}: {}", dataDirectory, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The live postmaster that the data directory's {@code postmaster.pid} names, if any. */
    private static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !Path.of(lines.get(1).strip()).toAbsolutePath().normalize()
                    .equals(dataDirectory.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            // being rewritten by a postmaster that starts: not one we can name yet
            LOG.debug("Could not read {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
