package io.soundport.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.MediaAssets;
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
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.platform.AuditLog;
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
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Every persistence port on PostgreSQL, sharing one unit of work. {@link #start(DataSource)} migrates the schema
 * with Flyway, then builds the Jdbi adapters on the given pool.
 */
public final class PostgresPersistence implements PersistencePorts {
    /** By default, no database call waits much longer than about five seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(4);

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(250);

    private final Jdbi jdbi;
    private final HikariDataSource ownedPool;
    private final PostgresNewWork newWork;
    private final PortRegistry registry;

    private PostgresPersistence(DataSource dataSource, HikariDataSource ownedPool,
                                PostgresNewWork.Connections listening) {
        this.ownedPool = ownedPool;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        this.newWork = new PostgresNewWork(listening);
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        this.registry = PortRegistry.builder()
                .register(TransactionRunner.class, transactions)
                .register(Outbox.class, new PostgresOutboxAdapter(transactions))
                .register(NewWork.class, newWork)
                .register(IdempotencyStore.class, new PostgresIdempotencyStoreAdapter(transactions))
                .register(RateLimitStore.class, new PostgresRateLimitStoreAdapter(transactions))
                .register(AuditLog.class, new PostgresAuditLogAdapter(transactions))
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
                .register(MediaAssets.class, new PostgresMediaAssetsAdapter(transactions))
                .register(Jobs.class, new PostgresJobsAdapter(transactions))
                .register(WebhookEndpoints.class, new PostgresWebhookEndpointsAdapter(transactions))
                .register(WebhookMessages.class, new PostgresWebhookMessagesAdapter(transactions))
                .register(Partners.class, new PostgresPartnersAdapter(transactions))
                .register(Deliveries.class, new PostgresDeliveriesAdapter(transactions))
                .register(WorkflowRules.class, new PostgresWorkflowRulesAdapter(transactions))
                .register(WorkflowExecutions.class, new PostgresWorkflowExecutionsAdapter(transactions))
                .register(UpstreamServices.class, new PostgresUpstreamServicesAdapter(transactions))
                .register(Notifications.class, new PostgresNotificationsAdapter(transactions))
                .register(NotificationTemplates.class, new PostgresNotificationTemplatesAdapter(transactions))
                .register(LiveEvents.class, new PostgresLiveEventsAdapter(transactions))
                .register(Campaigns.class, new PostgresCampaignsAdapter(transactions))
                .register(Audiences.class, new PostgresAudiencesAdapter(transactions))
                .register(CampaignInsights.class, new PostgresCampaignInsightsAdapter(transactions))
                .register(OptOuts.class, new PostgresOptOutsAdapter(transactions))
                .register(Connections.class, new PostgresConnectionsAdapter(transactions))
                .register(PendingAuthorizations.class, new PostgresPendingAuthorizationsAdapter(transactions))
                .register(TrackSyncs.class, new PostgresTrackSyncsAdapter(transactions))
                .register(StreamFacts.class, new PostgresStreamFactsAdapter(transactions))
                .register(ReportImports.class, new PostgresReportImportsAdapter(transactions))
                .build();
    }

    /**
     * The size of a pool and the bounds of its calls: the longest wait for a connection (connecting and logging in
     * included) and the longest statement.
     */
    public record Pool(int maxSize, Duration connectTimeout, Duration statementTimeout) {
        public Pool {
            if (maxSize < 1) {
                throw new IllegalArgumentException("maxSize must be at least 1");
            }
            if (connectTimeout.compareTo(MIN_TIMEOUT) < 0 || statementTimeout.compareTo(MIN_TIMEOUT) < 0) {
                throw new IllegalArgumentException("database timeouts must be at least " + MIN_TIMEOUT.toMillis()
                        + " ms");
            }
        }

        public static Pool withDefaultTimeouts(int maxSize) {
            return new Pool(maxSize, DEFAULT_CONNECT_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT);
        }
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
        // listening for new work holds one of the caller's connections once a worker subscribes
        return new PostgresPersistence(dataSource, null, dataSource::getConnection);
    }

    /** Opens a pool of its own with the default timeouts; see {@link #start(String, String, String, Pool)}. */
    public static PostgresPersistence start(String jdbcUrl, String user, String password, int maxPoolSize) {
        return start(jdbcUrl, user, password, Pool.withDefaultTimeouts(maxPoolSize));
    }

    /** Opens a pool of its own, migrates the schema and builds the adapters; {@link #close()} closes the pool. */
    public static PostgresPersistence start(String jdbcUrl, String user, String password, Pool pool) {
        return start(jdbcUrl, user, password, pool, UnaryOperator.identity());
    }

    /**
     * As {@link #start(String, String, String, Pool)}, the adapters reaching the pool through what {@code observe}
     * wraps around it (a tracing {@code DataSource}, say); the pool itself stays this instance's to measure and close.
     */
    public static PostgresPersistence start(String jdbcUrl, String user, String password, Pool pool,
                                            UnaryOperator<DataSource> observe) {
        Objects.requireNonNull(observe, "observe");
        migrate(jdbcUrl, user, password);
        return open(jdbcUrl, user, password, pool, observe);
    }

    /**
     * Migrates the schema and nothing else, for a caller that does it ahead of {@link #open} (while other work of
     * its start goes on). Flyway migrates on connections of its own, so that even a pool of one connection works,
     * and so that a long migration is not cut short by the statement timeout of the pool.
     */
    public static void migrate(String jdbcUrl, String user, String password) {
        migrate(Flyway.configure().dataSource(jdbcUrl, user, password));
    }

    /**
     * As {@link #start(String, String, String, Pool, UnaryOperator)} on a schema that {@link #migrate} has already
     * brought up to date: opens the pool and builds the adapters.
     */
    public static PostgresPersistence open(String jdbcUrl, String user, String password, Pool pool,
                                           UnaryOperator<DataSource> observe) {
        Objects.requireNonNull(observe, "observe");
        HikariDataSource dataSource = dataSource(jdbcUrl, user, password, pool);
        Properties listening = new Properties();
        if (user != null) {
            listening.setProperty("user", user);
        }
        if (password != null) {
            listening.setProperty("password", password);
        }
        String connectSeconds = Long.toString(wholeSeconds(pool.connectTimeout()));
        listening.setProperty("connectTimeout", connectSeconds);
        listening.setProperty("loginTimeout", connectSeconds);
        listening.setProperty("tcpKeepAlive", "true");
        listening.setProperty("ApplicationName", "soundport-listener");
        return new PostgresPersistence(observe.apply(dataSource), dataSource,
                () -> DriverManager.getConnection(jdbcUrl, listening));
    }

    /** A pool with the default timeouts; see {@link #dataSource(String, String, String, Pool)}. */
    public static HikariDataSource dataSource(String jdbcUrl, String user, String password, int maxPoolSize) {
        return dataSource(jdbcUrl, user, password, Pool.withDefaultTimeouts(maxPoolSize));
    }

    /**
     * A connection pool for PostgreSQL on which no call waits longer than the pool's bounds: taking a connection
     * (connecting and logging in included) within {@link Pool#connectTimeout()}, a statement within
     * {@link Pool#statementTimeout()} ({@code statement_timeout} on the server). A frozen server cannot enforce
     * its own timeout, so the driver also gives up on a read that takes a second longer; either way the caller
     * gets SERVICE_UNAVAILABLE, and the connection that timed out is replaced.
     */
    public static HikariDataSource dataSource(String jdbcUrl, String user, String password, Pool pool) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(pool.maxSize());
        config.setMinimumIdle(Math.min(2, pool.maxSize()));
        long connectMillis = pool.connectTimeout().toMillis();
        config.setConnectionTimeout(connectMillis);
        // checking a pooled connection is part of taking it: well inside the connect timeout
        config.setValidationTimeout(Math.max(MIN_TIMEOUT.toMillis(), Math.min(1_000, connectMillis / 3)));
        config.setPoolName("soundport-postgres");
        String connectSeconds = Long.toString(wholeSeconds(pool.connectTimeout()));
        config.addDataSourceProperty("connectTimeout", connectSeconds);
        config.addDataSourceProperty("loginTimeout", connectSeconds);
        config.addDataSourceProperty("socketTimeout", Long.toString(wholeSeconds(pool.statementTimeout()) + 1));
        config.addDataSourceProperty("options", "-c statement_timeout=" + pool.statementTimeout().toMillis());
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "soundport");
        return new HikariDataSource(config);
    }

    private static long wholeSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
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

    /**
     * Publishes the figures of the pool this instance opened (connections active, idle, pending, max; acquire and
     * usage times) to a Micrometer {@code MeterRegistry} through HikariCP's own tracker, once; a pool passed to
     * {@link #start(DataSource)} is its owner's to measure. Typed {@code Object} so that this module needs no
     * Micrometer: HikariCP checks the type.
     */
    public void publishPoolMetrics(Object meterRegistry) {
        if (ownedPool != null) {
            ownedPool.setMetricRegistry(meterRegistry);
        }
    }

    /** Closes the pool when this instance opened it; a pool passed to {@link #start(DataSource)} stays open. */
    @Override
    public void close() {
        newWork.close();
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
