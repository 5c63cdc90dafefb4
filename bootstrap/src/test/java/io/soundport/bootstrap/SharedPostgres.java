package io.soundport.bootstrap;

import io.soundport.adapters.postgres.PostgresPersistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM for the REST suite on PostgreSQL. The schema is migrated once, into a template
 * database, and each test class gets a database of its own copied from it ({@code CREATE DATABASE … TEMPLATE}): a
 * fraction of a second, where an embedded database per class (initdb, a postmaster, Flyway) took seconds. The
 * embedded default itself, its data directory and its restarts, has tests of its own that start servers as a user
 * does ({@code LauncherTest}, {@code DatabaseOutageTest}, {@code TwoInstancesTest} and others).
 */
public final class SharedPostgres {
    /** The user of every database here, without a password. */
    public static final String USER = "postgres";
    private static final String TEMPLATE = "soundport_template";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedPostgres postgres; // guarded by the class

    private SharedPostgres() {
    }

    /** The JDBC URL of a new database with the current schema, for {@link #USER}. */
    public static synchronized String freshDatabase() {
        if (postgres == null) {
            postgres = start();
        }
        String name = "rest_" + SEQUENCE.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return postgres.getJdbcUrl(USER, name);
    }

    private static EmbeddedPostgres start() {
        EmbeddedPostgres started;
        try {
            started = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL of the tests did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "shared-postgres-stop"));
        postgres = started;
        execute("CREATE DATABASE " + TEMPLATE);
        PostgresPersistence.migrate(started.getJdbcUrl(USER, TEMPLATE), USER, "");
        return started;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests' PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }
}
