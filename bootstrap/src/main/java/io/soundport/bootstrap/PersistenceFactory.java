package io.soundport.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.dynamodb.DynamoDbPersistence;
import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.adapters.postgres.PostgresPersistence;
import io.soundport.domain.persistence.PersistencePorts;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the persistence adapters by {@code soundport.persistence}: embedded (default), postgres, dynamodb or memory.
 */
@Factory
public class PersistenceFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceFactory.class);

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
        return EmbeddedDatabase.start(DataDirectory.resolve(dataDir).resolve("postgres"));
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "embedded", defaultValue = "embedded")
    PersistencePorts embedded(EmbeddedDatabase database) {
        LOG.info("Persistence: embedded PostgreSQL, data in {}", database.dataDirectory());
        return PostgresPersistence.start(database.jdbcUrl(), database.user(), "", 16);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "postgres")
    PersistencePorts postgres(@Property(name = "soundport.database.url") String url,
                              @Nullable @Property(name = "soundport.database.user") String user,
                              @Nullable @Property(name = "soundport.database.password") String password,
                              @Property(name = "soundport.database.max-pool-size", defaultValue = "16") int poolSize) {
        String jdbcUrl = JdbcUrls.toJdbc(url);
        LOG.info("Persistence: PostgreSQL at {}", JdbcUrls.withoutSecrets(jdbcUrl));
        return PostgresPersistence.start(jdbcUrl, JdbcUrls.user(url, user), JdbcUrls.password(url, password), poolSize);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "soundport.persistence", value = "dynamodb")
    PersistencePorts dynamodb(@Nullable @Property(name = "soundport.dynamodb.endpoint") String endpoint,
                              @Nullable @Property(name = "soundport.dynamodb.region") String region,
                              @Property(name = "soundport.dynamodb.table-prefix", defaultValue = "soundport_") String prefix) {
        boolean local = endpoint != null && !endpoint.isBlank();
        LOG.info("Persistence: DynamoDB {}, tables {}*", local ? "at " + endpoint : "in " + (region == null
                || region.isBlank() ? "the default region" : region) + " (default credential chain)", prefix);
        return DynamoDbPersistence.start(DynamoDbPersistence.client(endpoint, region), prefix);
    }
}
