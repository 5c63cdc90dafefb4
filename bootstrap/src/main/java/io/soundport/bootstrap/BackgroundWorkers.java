package io.soundport.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.soundport.application.distribution.DeliveryQueue;
import io.soundport.application.distribution.DeliveryWorker;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.TrackSyncService;
import io.soundport.application.integrations.TrackSyncWorker;
import io.soundport.application.analytics.ReportImportService;
import io.soundport.application.analytics.ReportImportWorker;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.AudienceSyncService;
import io.soundport.application.marketing.AudienceSyncWorker;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.notifications.NotificationWorker;
import io.soundport.application.platform.EventBusForwarding;
import io.soundport.application.platform.UpstreamHealthChecker;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.application.webhooks.WebhookDeliveryWorker;
import io.soundport.application.webhooks.WebhookMessageService;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.NewWork;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * The background work of this instance: the outbox dispatcher (webhook fan-out and workflow rules), the webhook
 * senders, the delivery worker, the notification sender, the importers of users' Spotify tracks and of sales reports
 * and the audience syncs to Meta (their jobs stay in the database's queue, also with SQS), the campaign monitor (a
 * sweep every {@code soundport.marketing.insights-interval} queues a measure job per running campaign), the event
 * publisher (with an event bus), the gateway's health checks and, every 10 minutes, the sweep of expired OAuth
 * authorizations, each a loop on its own thread that works while there is work and, when there is none, waits for word
 * of new work of its own ({@link NewWork}: PostgreSQL's NOTIFY from any instance, naming the outbox or a job type, or a commit of this process) or for the poll interval, whichever comes
 * first, so that a lost notification costs at most one interval. A webhook sender claims jobs as the senders' pool has
 * room and hands them to it ({@link WebhookDeliveryWorker#sendAvailable}). With the jobs on SQS ({@link JobQueue}),
 * a relay loop moves due jobs there, woken by new ones, and a dead-letter drain looks at the dead-letter queues every
 * 30 s; the workers' claims then wait on SQS (long polling). Any number of instances may run them on one
 * database: jobs are claimed under leases. Off with {@code SOUNDPORT_WORKERS_ENABLED=false}; stopped on shutdown,
 * letting the sends in flight finish.
 */
@Context
@Requires(property = "soundport.workers.enabled", notEquals = "false")
public class BackgroundWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorkers.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    /** How often the dead-letter queues are looked at: they fill only when workers keep dying on a job. */
    private static final Duration DEAD_LETTER_POLL = Duration.ofSeconds(30);

    /** How often expired OAuth authorizations (started, never come back) are deleted. */
    private static final Duration AUTHORIZATION_SWEEP = Duration.ofMinutes(10);

    /** Webhook send jobs claimed at a time, as the senders' pool has room. */
    private static final int WEBHOOK_CLAIM = 50;

    private final List<Thread> threads = new ArrayList<>();
    private final List<Wake> wakes = new CopyOnWriteArrayList<>();
    private final WebhookDeliveryWorker webhooks;
    private volatile boolean running = true;

    public BackgroundWorkers(OutboxDispatcher dispatcher, WebhookDeliveryWorker webhooks, DeliveryWorker deliveries,
                             NotificationWorker notifications, UpstreamHealthChecker upstreamHealth,
                             EventPublishing eventPublishing, JobQueue jobQueue, PersistencePorts persistence,
                             ConnectionService connections, TrackSyncWorker trackSyncs,
                             ReportImportWorker reportImports, AudienceSyncWorker audienceSyncs,
                             CampaignMonitor campaigns,
                             @Property(name = "soundport.marketing.insights-interval", defaultValue = "1h")
                             Duration insightsInterval,
                             @Property(name = "soundport.workers.poll-interval", defaultValue = "250ms") Duration poll,
                             @Property(name = "soundport.workers.webhook-senders", defaultValue = "1") int senders) {
        this.webhooks = webhooks;
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        NewWork newWork = persistence.newWork();
        start("soundport-outbox-dispatcher", () -> dispatcher.dispatchOnce(100), poll,
                woken(newWork, NewWork.Topic.EVENTS));
        for (int i = 1; i <= senders; i++) {
            String owner = instance + "-webhooks-" + i;
            start("soundport-webhook-sender-" + i, () -> webhooks.sendAvailable(owner, WEBHOOK_CLAIM), poll,
                    woken(newWork, NewWork.Topic.jobs(WebhookMessageService.SEND_JOB)));
        }
        start("soundport-delivery-worker", () -> deliveries.runOnce(instance + "-deliveries", 5), poll,
                woken(newWork, NewWork.Topic.jobs(DeliveryQueue.SEND_JOB)));
        start("soundport-notification-sender", () -> notifications.runOnce(instance + "-notifications", 10), poll,
                woken(newWork, NewWork.Topic.jobs(NotificationQueue.SEND_JOB)));
        start("soundport-track-sync", () -> trackSyncs.runOnce(instance + "-track-sync", 2), poll,
                woken(newWork, NewWork.Topic.jobs(TrackSyncService.RUN_JOB)));
        start("soundport-report-import", () -> reportImports.runOnce(instance + "-report-import", 1), poll,
                woken(newWork, NewWork.Topic.jobs(ReportImportService.RUN_JOB)));
        start("soundport-campaign-measure", () -> campaigns.runOnce(instance + "-campaign-measure", 5), poll,
                woken(newWork, NewWork.Topic.jobs(CampaignMonitor.MEASURE_JOB)));
        // every instance sweeps; the measure jobs are named after the interval, so each campaign is queued once
        start("soundport-campaign-sweep", campaigns::sweep, insightsInterval, null);
        start("soundport-audience-sync", () -> audienceSyncs.runOnce(instance + "-audience-sync", 1), poll,
                woken(newWork, NewWork.Topic.jobs(AudienceSyncService.RUN_JOB)));
        if (eventPublishing.on()) {
            start("soundport-event-publisher", () -> eventPublishing.worker().runOnce(instance + "-events", 10), poll,
                    woken(newWork, NewWork.Topic.jobs(EventBusForwarding.PUBLISH_JOB)));
        }
        if (jobQueue.onSqs()) {
            // new jobs committed to the store wake the relay; the workers receive from SQS, waiting there
            Wake jobsQueued = new Wake();
            jobQueue.whenJobsQueued(jobsQueued::wake);
            start("soundport-sqs-relay", () -> jobQueue.relayOnce(instance + "-relay", 100), poll, jobsQueued);
            start("soundport-dead-letter-drain", () -> jobQueue.drainOnce(instance + "-dead-letters", 10),
                    DEAD_LETTER_POLL, null);
        }
        // health checks run on their own schedule: no new work wakes them
        start("soundport-upstream-health", upstreamHealth::runOnce, poll, null);
        // connections started and never come back: refused once expired anyway, forgotten now and then
        start("soundport-authorization-sweep", connections::forgetExpiredAuthorizations, AUTHORIZATION_SWEEP, null);
        LOG.info("Background workers: outbox dispatcher, {} webhook sender(s), a delivery worker, a notification "
                + "sender, the track importer, the report importer, the audience syncs to Meta, the campaign monitor, "
                + "{}{}the gateway's health checks, the sweep of expired authorizations; instance {}", senders,
                eventPublishing.on() ? "an event publisher, " : "",
                jobQueue.onSqs() ? "the SQS relay and dead-letter drain, " : "", instance);
    }

    /** A wake that word of new work of {@code topic} gives. */
    private Wake woken(NewWork newWork, NewWork.Topic topic) {
        Wake wake = new Wake();
        newWork.onNewWork(Set.of(topic), wake::wake);
        return wake;
    }

    private void start(String name, IntSupplier work, Duration poll, Wake wake) {
        Wake idle = wake == null ? new Wake() : wake;
        // stopping wakes every loop, those that only poll too
        wakes.add(idle);
        Thread thread = new Thread(() -> loop(name, work, poll, idle), name);
        thread.setDaemon(false);
        threads.add(thread);
        thread.start();
    }

    private void loop(String name, IntSupplier work, Duration poll, Wake wake) {
        Duration backoff = poll;
        while (running) {
            try {
                int done = work.getAsInt();
                backoff = poll;
                if (done == 0) {
                    wake.await(poll);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("{} failed, trying again in {} ms: {}", name, backoff.toMillis(), e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        wakes.forEach(Wake::wake);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
        webhooks.close(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
        LOG.info("Background workers stopped");
    }

    /**
     * Word for one idle loop that there may be work. A wake that comes while the loop works is kept, so the loop
     * looks again at once rather than after a poll interval.
     */
    private static final class Wake {
        private boolean woken;

        synchronized void wake() {
            woken = true;
            notifyAll();
        }

        synchronized void await(Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            long left = max.toMillis();
            while (!woken && left > 0) {
                wait(left);
                left = (deadline - System.nanoTime()) / 1_000_000;
            }
            woken = false;
        }
    }
}
