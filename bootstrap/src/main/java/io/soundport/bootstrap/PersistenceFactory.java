package io.soundport.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.adapters.dynamodb.DynamoDbPersistence;
import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.adapters.postgres.PostgresPersistence;
import io.soundport.domain.persistence.PersistencePorts;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Picks the persistence adapters by {@code soundport.persistence}: embedded (default), postgres, dynamodb or memory.
 * Database calls are traced ({@link DatabaseTracing}).
 */
@Factory
public class PersistenceFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceFactory.class);

    /**
     * The bounds of every database call, so that an outage answers 503 within seconds instead of hanging requests:
     * the longest wait for a connection ({@code SOUNDPORT_DATABASE_CONNECT_TIMEOUT}) and for a statement or a
     * DynamoDB call ({@code SOUNDPORT_DATABASE_STATEMENT_TIMEOUT}).
     */
    record Timeouts(Duration connect, Duration statement) {
        PostgresPersistence.Pool pool(int maxSize) {
            return new PostgresPersistence.Pool(maxSize, connect, statement);
        }
    }

    @Singleton
    Timeouts databaseTimeouts(
            @Property(name = "soundport.database.connect-timeout", defaultValue = "3s") Duration connect,
            @Property(name = "soundport.database.statement-timeout", defaultValue = "4s") Duration statement) {
        return new Timeouts(connect, statement);
    }

    @Singleton
    DatabaseTracing databaseTracing(OpenTelemetry openTelemetry, TracingFactory.SpanExport export) {
        return new DatabaseTracing(openTelemetry, export.enabled());
    }

    @Singleton
    @Requires(property = "soundport.persistence", value = "memory")
    PersistencePorts memory() {
        LOG.info("Persistence: memory (nothing survives a restart; for tests and demos)");
        return new InMemoryPersistence();
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "embedded", defaultValue = "embedded")
    EmbeddedDatabase embeddedDatabase(@Nullable @Property(name = "soundport.data-dir") String dataDir) {
        Path directory = DataDirectory.resolve(dataDir).resolve("postgres");
        EmbeddedDatabase begun = EmbeddedDatabaseHeadStart.take(directory);
        return begun != null ? begun : EmbeddedDatabase.start(directory);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "embedded", defaultValue = "embedded")
    PersistencePorts embedded(EmbeddedDatabase database, Timeouts timeouts, DatabaseTracing tracing) {
        LOG.info("Persistence: embedded PostgreSQL, data in {}", database.dataDirectory());
        if (EmbeddedDatabaseHeadStart.migrated(database)) {
            return PostgresPersistence.open(database.jdbcUrl(), database.user(), "", timeouts.pool(16),
                    tracing::traced);
        }
        return PostgresPersistence.start(database.jdbcUrl(), database.user(), "", timeouts.pool(16),
                tracing::traced);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "postgres")
    PersistencePorts postgres(@Property(name = "soundport.database.url") String url,
                              @Nullable @Property(name = "soundport.database.user") String user,
                              @Nullable @Property(name = "soundport.database.password") String password,
                              @Property(name = "soundport.database.max-pool-size", defaultValue = "16") int poolSize,
                              Timeouts timeouts, DatabaseTracing tracing) {
        String jdbcUrl = JdbcUrls.toJdbc(url);
        LOG.info("Persistence: PostgreSQL at {}", JdbcUrls.withoutSecrets(jdbcUrl));
        return PostgresPersistence.start(jdbcUrl, JdbcUrls.user(url, user), JdbcUrls.password(url, password),
                timeouts.pool(poolSize), tracing::traced);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "dynamodb")
    PersistencePorts dynamodb(@Nullable @Property(name = "soundport.dynamodb.endpoint") String endpoint,
                              @Nullable @Property(name = "soundport.dynamodb.region") String region,
                              @Property(name = "soundport.dynamodb.table-prefix", defaultValue = "soundport_") String prefix,
                              Timeouts timeouts, DatabaseTracing tracing) {
        boolean local = endpoint != null && !endpoint.isBlank();
        LOG.info("Persistence: DynamoDB {}, tables {}*", local ? "at " + endpoint : "in " + (region == null
                || region.isBlank() ? "the default region" : region) + " (default credential chain)", prefix);
        return DynamoDbPersistence.start(DynamoDbPersistence.client(endpoint, region, timeouts.connect(),
                timeouts.statement(), tracing.dynamoDbCalls()), prefix);
    }
}
