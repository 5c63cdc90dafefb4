package io.soundport.lambda;

import io.micronaut.context.ApplicationContext;
import io.soundport.application.distribution.DeliveryWorker;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.TrackSyncWorker;
import io.soundport.application.analytics.ReportImportWorker;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.AudienceSyncWorker;
import io.soundport.application.notifications.NotificationWorker;
import io.soundport.application.platform.UpstreamHealthChecker;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.application.webhooks.WebhookDeliveryWorker;
import io.soundport.bootstrap.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The server's background work ({@code BackgroundWorkers}) as one pass of an invocation: the outbox dispatcher, the
 * webhook sender, the delivery worker, the notification sender (or, with the jobs on SQS, whose event sources work
 * them, the relay to SQS and the drain of its dead letters), the importer of Spotify tracks, each a bounded batch in
 * turn, round after round while any found work and the invocation has time left; the gateway's health checks and the
 * sweep of expired OAuth authorizations once, in the first round. Every worker
 * gets its first batch however little time there is; a round starts no batch when less than the reserve is left
 * ({@code soundport.lambda.work-reserve}, 70 s by default: a delivery may take its 60 s timeout). Jobs are claimed
 * under leases, so instances and the server's own workers may share one database.
 */
final class WorkerPass {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPass.class);

    private final OutboxDispatcher dispatcher;
    private final WebhookDeliveryWorker webhooks;
    private final DeliveryWorker deliveries;
    private final NotificationWorker notifications;
    private final UpstreamHealthChecker upstreamHealth;
    private final TrackSyncWorker trackSyncs;
    private final ReportImportWorker reportImports;
    private final CampaignMonitor campaigns;
    private final AudienceSyncWorker audienceSyncs;
    private final ConnectionService connections;
    private final JobQueue queue;
    private final Duration reserve;

    private WorkerPass(OutboxDispatcher dispatcher, WebhookDeliveryWorker webhooks, DeliveryWorker deliveries,
                       NotificationWorker notifications, UpstreamHealthChecker upstreamHealth,
                       TrackSyncWorker trackSyncs, ReportImportWorker reportImports, AudienceSyncWorker audienceSyncs,
                       CampaignMonitor campaigns, ConnectionService connections, JobQueue queue, Duration reserve) {
        this.dispatcher = dispatcher;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.upstreamHealth = upstreamHealth;
        this.trackSyncs = trackSyncs;
        this.reportImports = reportImports;
        this.campaigns = campaigns;
        this.audienceSyncs = audienceSyncs;
        this.connections = connections;
        this.queue = queue;
        this.reserve = reserve;
    }

    /** The workers the context's factories wire, as the server's background loops use them. */
    static WorkerPass of(ApplicationContext context) {
        return new WorkerPass(context.getBean(OutboxDispatcher.class), context.getBean(WebhookDeliveryWorker.class),
                context.getBean(DeliveryWorker.class), context.getBean(NotificationWorker.class),
                context.getBean(UpstreamHealthChecker.class), context.getBean(TrackSyncWorker.class),
                context.getBean(ReportImportWorker.class), context.getBean(AudienceSyncWorker.class),
                context.getBean(CampaignMonitor.class),
                context.getBean(ConnectionService.class), context.getBean(JobQueue.class),
                context.getProperty("soundport.lambda.work-reserve", Duration.class, Duration.ofSeconds(70)));
    }

    /** What one pass did: items per worker (in their order), the workers that failed, and whether time ran out. */
    record Summary(Map<String, Integer> done, List<String> failed, boolean outOfTime) {

        /** The invocation's result: plain maps and lists, as any serializer writes them. */
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>(done);
            map.put("failed", failed);
            map.put("out_of_time", outOfTime);
            return map;
        }
    }

    private record Worker(String name, boolean firstRoundOnly, IntSupplier batch) {
    }

    /**
     * One pass, claiming as {@code owner}; {@code remainingMillis} tells the invocation's time left, as the Lambda
     * context does.
     */
    Summary run(String owner, LongSupplier remainingMillis) {
        List<Worker> workers = new ArrayList<>();
        workers.add(new Worker("events", false, () -> dispatcher.dispatchOnce(100)));
        if (queue.onSqs()) {
            // the jobs' own event sources work them (SqsWorkHandler); the pass feeds SQS and drains its dead letters
            workers.add(new Worker("relay", false, () -> queue.relayOnce(owner + "-relay", 100)));
            workers.add(new Worker("dead_letters", true, () -> queue.drainOnce(owner + "-dead-letters", 10)));
        } else {
            workers.add(new Worker("webhooks", false, () -> webhooks.runOnce(owner + "-webhooks", 50)));
            // one at a time: a delivery may take its whole timeout
            workers.add(new Worker("deliveries", false, () -> deliveries.runOnce(owner + "-deliveries", 1)));
            workers.add(new Worker("notifications", false, () -> notifications.runOnce(owner + "-notifications", 10)));
        }
        // imports of Spotify tracks stay in the database's queue, also with SQS; one at a time, as each reads pages
        workers.add(new Worker("track_syncs", false, () -> trackSyncs.runOnce(owner + "-track-sync", 1)));
        // imports of sales reports too: one at a time, each reads its whole file
        workers.add(new Worker("report_imports", false, () -> reportImports.runOnce(owner + "-report-import", 1)));
        // running campaigns: a measure job each per interval (named after it, so passes queue it once), then measured
        workers.add(new Worker("campaign_sweep", true, campaigns::sweep));
        workers.add(new Worker("campaign_measures", false, () -> campaigns.runOnce(owner + "-campaign-measure", 5)));
        // audience syncs to Meta too: one at a time, each sends its members 10,000 a request
        workers.add(new Worker("audience_syncs", false, () -> audienceSyncs.runOnce(owner + "-audience-sync", 1)));
        workers.add(new Worker("health_checks", true, upstreamHealth::runOnce));
        workers.add(new Worker("expired_authorizations", true, connections::forgetExpiredAuthorizations));
        Map<String, Integer> done = new LinkedHashMap<>();
        workers.forEach(w -> done.put(w.name(), 0));
        List<String> failed = new ArrayList<>();
        boolean outOfTime = false;
        boolean found = true;
        for (int round = 0; found && !outOfTime; round++) {
            found = false;
            for (Worker worker : List.copyOf(workers)) {
                if (round > 0 && worker.firstRoundOnly()) {
                    continue;
                }
                if (round > 0 && remainingMillis.getAsLong() < reserve.toMillis()) {
                    outOfTime = true;
                    break;
                }
                try {
                    int n = worker.batch().getAsInt();
                    done.merge(worker.name(), n, Integer::sum);
                    found |= n > 0;
                } catch (RuntimeException e) {
                    // the others still get their turn; the next invocation tries this one again
                    LOG.warn("{} failed: {}", worker.name(), e.toString(), e);
                    failed.add(worker.name());
                    workers.remove(worker);
                }
            }
        }
        Summary summary = new Summary(done, failed, outOfTime);
        LOG.info("Worker pass: {}", summary.asMap());
        return summary;
    }
}
