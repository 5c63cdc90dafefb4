package io.soundport.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.soundport.adapters.postgres.PostgresPersistence;
import io.soundport.application.distribution.DeliveryQueue;
import io.soundport.application.integrations.TrackSyncService;
import io.soundport.application.analytics.ReportImportService;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.AudienceSyncService;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.platform.EventBusForwarding;
import io.soundport.application.platform.RateLimiter;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.application.webhooks.WebhookMessageService;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metrics beyond what Micronaut's Micrometer module binds by itself (JVM memory, GC, threads, class loading,
 * process CPU and uptime, logback events): the workers' outcomes, their queues, and the PostgreSQL pool. The
 * {@link MeterRegistry} bean is Micronaut's; any bean may take it to add its own meters. Requests are timed by
 * adapters-rest's {@code RequestMetricsFilter}; {@code GET /metrics} is its {@code MetricsController}.
 */
@Factory
public class MetricsFactory {
    /** The worker label of each queue. */
    static final String OUTBOX_DISPATCHER = "outbox-dispatcher";
    static final String WEBHOOK_SENDER = "webhook-sender";
    static final String PARTNER_DELIVERY = "partner-delivery";
    static final String NOTIFICATION_SENDER = "notification-sender";
    static final String TRACK_SYNC = "track-sync";
    static final String REPORT_IMPORT = "report-import";
    static final String CAMPAIGN_MEASURE = "campaign-measure";
    static final String AUDIENCE_SYNC = "audience-sync";
    static final String EVENT_PUBLISHER = "event-publisher";

    @Singleton
    WorkOutcomes workOutcomes(MeterRegistry registry) {
        return new MicrometerWorkOutcomes(registry);
    }

    @Singleton
    @Named("queues")
    MeterBinder queueMetrics(PersistencePorts p, Clock clock, EventPublishing publishing,
                             @Property(name = "soundport.metrics.queue-refresh", defaultValue = "5s") Duration refresh) {
        List<QueueMetrics.Queue> queues = new ArrayList<>(List.of(
                new QueueMetrics.Queue(OUTBOX_DISPATCHER, () -> p.outbox().backlog()),
                new QueueMetrics.Queue(WEBHOOK_SENDER, () -> p.jobs().backlog(WebhookMessageService.SEND_JOB, clock.now())),
                new QueueMetrics.Queue(PARTNER_DELIVERY, () -> p.jobs().backlog(DeliveryQueue.SEND_JOB, clock.now())),
                new QueueMetrics.Queue(NOTIFICATION_SENDER,
                        () -> p.jobs().backlog(NotificationQueue.SEND_JOB, clock.now())),
                new QueueMetrics.Queue(TRACK_SYNC, () -> p.jobs().backlog(TrackSyncService.RUN_JOB, clock.now())),
                new QueueMetrics.Queue(REPORT_IMPORT,
                        () -> p.jobs().backlog(ReportImportService.RUN_JOB, clock.now())),
                new QueueMetrics.Queue(CAMPAIGN_MEASURE,
                        () -> p.jobs().backlog(CampaignMonitor.MEASURE_JOB, clock.now())),
                new QueueMetrics.Queue(AUDIENCE_SYNC,
                        () -> p.jobs().backlog(AudienceSyncService.RUN_JOB, clock.now()))));
        if (publishing.on()) {
            // an event bus refusing shows here as a growing age: the worker retries without dropping
            queues.add(new QueueMetrics.Queue(EVENT_PUBLISHER,
                    () -> p.jobs().backlog(EventBusForwarding.PUBLISH_JOB, clock.now())));
        }
        return new QueueMetrics(queues, clock, refresh);
    }

    /**
     * Requests this instance refused for a rate limit, by the limit ({@code organization}, {@code api_key},
     * {@code client_address}): {@code soundport_rate_limit_rejections_total}.
     */
    @Singleton
    @Named("rate-limits")
    MeterBinder rateLimitMetrics(RateLimiter limiter) {
        return registry -> {
            for (RateLimiter.Limit limit : RateLimiter.Limit.values()) {
                FunctionCounter.builder("soundport.rate_limit.rejections", limiter, l -> l.rejections(limit))
                        .description("Requests refused with 429 for a rate limit")
                        .tag("limit", limit.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
        };
    }

    /** HikariCP's own meters ({@code hikaricp_connections_active}, {@code _pending}, {@code _max}...) on PostgreSQL. */
    @Singleton
    @Named("database-pool")
    MeterBinder databasePoolMetrics(PersistencePorts p) {
        return registry -> {
            PersistencePorts store = p instanceof QueuedOnSqs queued ? queued.store() : p;
            if (store instanceof PostgresPersistence postgres) {
                postgres.publishPoolMetrics(registry);
            }
        };
    }
}
