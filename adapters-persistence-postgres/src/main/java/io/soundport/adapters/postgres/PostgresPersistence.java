package io.soundport.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.Users;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.persistence.PortRegistry;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRules;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * Every persistence port on PostgreSQL, sharing one unit of work. {@link #start(DataSource)} migrates the schema
 * with Flyway, then builds the Jdbi adapters on the given pool.
 */
public final class PostgresPersistence implements PersistencePorts {
    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final Jdbi jdbi;
    private final HikariDataSource ownedPool;
    private final PortRegistry registry;

    private PostgresPersistence(DataSource dataSource, HikariDataSource ownedPool) {
        this.ownedPool = ownedPool;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        this.registry = PortRegistry.builder()
                .register(TransactionRunner.class, transactions)
                .register(Outbox.class, new PostgresOutboxAdapter(transactions))
                .register(IdempotencyStore.class, new PostgresIdempotencyStoreAdapter(transactions))
                .register(Organizations.class, new PostgresOrganizationsAdapter(transactions))
                .register(Users.class, new PostgresUsersAdapter(transactions))
                .register(Memberships.class, new PostgresMembershipsAdapter(transactions))
                .register(RefreshTokens.class, new PostgresRefreshTokensAdapter(transactions))
                .register(EmailVerificationTokens.class, new PostgresEmailVerificationTokensAdapter(transactions))
                .register(Applications.class, new PostgresApplicationsAdapter(transactions))
                .register(ApiKeys.class, new PostgresApiKeysAdapter(transactions))
                .register(Artists.class, new PostgresArtistsAdapter(transactions))
                .register(Releases.class, new PostgresReleasesAdapter(transactions))
                .register(Tracks.class, new PostgresTracksAdapter(transactions))
                .register(Jobs.class, new PostgresJobsAdapter(transactions))
                .register(WebhookEndpoints.class, new PostgresWebhookEndpointsAdapter(transactions))
                .register(WebhookMessages.class, new PostgresWebhookMessagesAdapter(transactions))
                .register(Partners.class, new PostgresPartnersAdapter(transactions))
                .register(Deliveries.class, new PostgresDeliveriesAdapter(transactions))
                .register(WorkflowRules.class, new PostgresWorkflowRulesAdapter(transactions))
                .register(WorkflowExecutions.class, new PostgresWorkflowExecutionsAdapter(transactions))
                .build();
    }

    @Override
    public PortRegistry registry() {
        return registry;
    }

    /**
     * Migrates the schema and builds the adapters on a pool the caller owns (and closes). Flyway holds two
     * connections while it migrates, so the pool must allow at least two.
     */
    public static PostgresPersistence start(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        migrate(Flyway.configure().dataSource(dataSource));
        return new PostgresPersistence(dataSource, null);
    }

    /** Opens a pool of its own, migrates the schema and builds the adapters; {@link #close()} closes the pool. */
    public static PostgresPersistence start(String jdbcUrl, String user, String password, int maxPoolSize) {
        // Flyway migrates on connections of its own, so that even a pool of one connection works.
        migrate(Flyway.configure().dataSource(jdbcUrl, user, password));
        HikariDataSource pool = dataSource(jdbcUrl, user, password, maxPoolSize);
        return new PostgresPersistence(pool, pool);
    }

    /** A connection pool for PostgreSQL that fails fast when the database cannot be reached. */
    public static HikariDataSource dataSource(String jdbcUrl, String user, String password, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(2, maxPoolSize));
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setPoolName("soundport-postgres");
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "soundport");
        return new HikariDataSource(config);
    }

    private static void migrate(FluentConfiguration configuration) {
        configuration
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Override
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1")
                    .setQueryTimeout(REACHABLE_TIMEOUT_SECONDS)
                    .mapTo(Integer.class)
                    .one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Closes the pool when this instance opened it; a pool passed to {@link #start(DataSource)} stays open. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
