package io.soundport.adapters.dynamodb;

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
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.persistence.PortRegistry;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRules;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every persistence port on DynamoDB, sharing one unit of work. {@link #start(DynamoDbClient, String)} creates the
 * tables and indexes that are missing and waits until they are ACTIVE; {@link #client(String, String)} builds a
 * client for AWS or, given an endpoint, for DynamoDB Local.
 */
public final class DynamoDbPersistence implements PersistencePorts {
    /** By default a request of ours waits at most about this long for DynamoDB, retries included: then it answers 503. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(4);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REACHABLE_TIMEOUT = Duration.ofSeconds(2);

    private final DynamoDbClient client;
    private final DynamoDbTables tables;
    private final PortRegistry registry;
    private final DynamoDbTransactionRunner transactions;

    DynamoDbPersistence(DynamoDbClient client, DynamoDbTables tables) {
        this.client = Objects.requireNonNull(client, "client");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.transactions = new DynamoDbTransactionRunner(client);
        DynamoDbArtistsAdapter artists = new DynamoDbArtistsAdapter(transactions, tables);
        DynamoDbTracksAdapter tracks = new DynamoDbTracksAdapter(transactions, tables);
        this.registry = PortRegistry.builder()
                .register(TransactionRunner.class, transactions)
                .register(Outbox.class, new DynamoDbOutboxAdapter(transactions, tables))
                .register(NewWork.class, transactions.newWork())
                .register(IdempotencyStore.class, new DynamoDbIdempotencyStoreAdapter(transactions, tables))
                .register(RateLimitStore.class, new DynamoDbRateLimitStoreAdapter(transactions, tables))
                .register(AuditLog.class, new DynamoDbAuditLogAdapter(transactions, tables))
                .register(Organizations.class, new DynamoDbOrganizationsAdapter(transactions, tables))
                .register(Users.class, new DynamoDbUsersAdapter(transactions, tables))
                .register(Memberships.class, new DynamoDbMembershipsAdapter(transactions, tables))
                .register(RefreshTokens.class, new DynamoDbRefreshTokensAdapter(transactions, tables))
                .register(EmailVerificationTokens.class, new DynamoDbEmailVerificationTokensAdapter(transactions, tables))
                .register(Applications.class, new DynamoDbApplicationsAdapter(transactions, tables))
                .register(ApiKeys.class, new DynamoDbApiKeysAdapter(transactions, tables))
                .register(Artists.class, artists)
                .register(Releases.class, new DynamoDbReleasesAdapter(transactions, tables, artists, tracks))
                .register(Tracks.class, tracks)
                .register(MediaAssets.class, new DynamoDbMediaAssetsAdapter(transactions, tables))
                .register(Jobs.class, new DynamoDbJobsAdapter(transactions, tables))
                .register(WebhookEndpoints.class, new DynamoDbWebhookEndpointsAdapter(transactions, tables))
                .register(WebhookMessages.class, new DynamoDbWebhookMessagesAdapter(transactions, tables))
                .register(Partners.class, new DynamoDbPartnersAdapter(transactions, tables))
                .register(Deliveries.class, new DynamoDbDeliveriesAdapter(transactions, tables))
                .register(WorkflowRules.class, new DynamoDbWorkflowRulesAdapter(transactions, tables))
                .register(WorkflowExecutions.class, new DynamoDbWorkflowExecutionsAdapter(transactions, tables))
                .register(UpstreamServices.class, new DynamoDbUpstreamServicesAdapter(transactions, tables))
                .register(Notifications.class, new DynamoDbNotificationsAdapter(transactions, tables))
                .register(NotificationTemplates.class, new DynamoDbNotificationTemplatesAdapter(transactions, tables))
                .register(LiveEvents.class, new DynamoDbLiveEventsAdapter(transactions, tables))
                .register(Campaigns.class, new DynamoDbCampaignsAdapter(transactions, tables))
                .register(Audiences.class, new DynamoDbAudiencesAdapter(transactions, tables))
                .register(CampaignInsights.class, new DynamoDbCampaignInsightsAdapter(transactions, tables))
                .register(OptOuts.class, new DynamoDbOptOutsAdapter(transactions, tables))
                .register(Connections.class, new DynamoDbConnectionsAdapter(transactions, tables))
                .register(PendingAuthorizations.class, new DynamoDbPendingAuthorizationsAdapter(transactions, tables))
                .register(TrackSyncs.class, new DynamoDbTrackSyncsAdapter(transactions, tables))
                .register(StreamFacts.class, new DynamoDbStreamFactsAdapter(transactions, tables))
                .register(ReportImports.class, new DynamoDbReportImportsAdapter(transactions, tables))
                .build();
    }

    @Override
    public PortRegistry registry() {
        return registry;
    }

    /**
     * Creates the missing tables and indexes, named {@code <prefix>entities}, {@code <prefix>outbox},
     * {@code <prefix>idempotency}, {@code <prefix>jobs}, {@code <prefix>webhook_messages}, {@code <prefix>deliveries},
     * {@code <prefix>workflow_executions}, {@code <prefix>rate_limits} (with its TTL enabled), {@code <prefix>audit_log} and
     * {@code <prefix>notifications}, waits until they are ACTIVE and builds the adapters. A null prefix means {@code soundport_}. The client stays the caller's until {@link #close()}, which closes it.
     */
    public static DynamoDbPersistence start(DynamoDbClient client, String tablePrefix) {
        Objects.requireNonNull(client, "client");
        DynamoDbTables tables = DynamoDbTables.withPrefix(tablePrefix);
        tables.ensure(client);
        return new DynamoDbPersistence(client, tables);
    }

    /**
     * The CreateTable requests {@link #start} sends for the tables it finds missing, under {@code tablePrefix} (null:
     * {@code soundport_}): what a deployment that declares the tables itself (SAM, CDK, Terraform) must declare alike,
     * so that the server, finding them, needs only {@code dynamodb:DescribeTable} and {@code dynamodb:DescribeTimeToLive}.
     */
    public static List<CreateTableRequest> tableDefinitions(String tablePrefix) {
        return DynamoDbTables.withPrefix(tablePrefix).definitions();
    }

    /** The TTL attribute (epoch seconds) {@link #start} enables, by table name under {@code tablePrefix}. */
    public static Map<String, String> timeToLiveAttributes(String tablePrefix) {
        return DynamoDbTables.withPrefix(tablePrefix).timeToLiveAttributes();
    }

    /** A client with the default bounds; see {@link #client(String, String, Duration, Duration)}. */
    public static DynamoDbClient client(String endpointOrNull, String regionOrNull) {
        return client(endpointOrNull, regionOrNull, DEFAULT_CONNECT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    /**
     * A DynamoDB client on the URL-connection HTTP client. With an endpoint (DynamoDB Local, say
     * {@code http://localhost:8000}) it uses dummy static credentials and the region given, or us-east-1; without
     * one, the default AWS credential chain and the region given, or the default region chain. No call waits
     * longer than {@code callTimeout}, retries included (nor an attempt longer than that): then it fails, and the
     * adapters answer SERVICE_UNAVAILABLE; opening a connection waits at most {@code connectTimeout}.
     */
    public static DynamoDbClient client(String endpointOrNull, String regionOrNull, Duration connectTimeout,
                                        Duration callTimeout) {
        return client(endpointOrNull, regionOrNull, connectTimeout, callTimeout, List.of());
    }

    /**
     * As {@link #client(String, String, Duration, Duration)}, every call also passing through {@code interceptors}
     * (tracing, say).
     */
    public static DynamoDbClient client(String endpointOrNull, String regionOrNull, Duration connectTimeout,
                                        Duration callTimeout, List<ExecutionInterceptor> interceptors) {
        List<ExecutionInterceptor> observers = List.copyOf(interceptors);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(connectTimeout)
                        // a safety net under the call timeouts, long enough for creating tables on start
                        .socketTimeout(DynamoDbTables.SCHEMA_CALL_TIMEOUT))
                .overrideConfiguration(c -> c.apiCallTimeout(callTimeout)
                        .apiCallAttemptTimeout(callTimeout)
                        // three attempts with backoff, not DynamoDB's default of nine: a caller is waiting
                        .retryStrategy(RetryMode.STANDARD)
                        .executionInterceptors(observers));
        boolean hasRegion = regionOrNull != null && !regionOrNull.isBlank();
        if (endpointOrNull != null && !endpointOrNull.isBlank()) {
            builder.endpointOverride(URI.create(endpointOrNull.strip()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .region(hasRegion ? Region.of(regionOrNull.strip()) : Region.US_EAST_1);
        } else if (hasRegion) {
            builder.region(Region.of(regionOrNull.strip()));
        }
        return builder.build();
    }

    /** The names of the tables in use. */
    DynamoDbTables tables() {
        return tables;
    }

    /** A DescribeTable of the main table with a short timeout. */
    @Override
    public boolean isReachable() {
        try {
            client.describeTable(r -> r.tableName(tables.entities())
                    .overrideConfiguration(c -> c.apiCallTimeout(REACHABLE_TIMEOUT)));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        transactions.close();
        client.close();
    }
}
