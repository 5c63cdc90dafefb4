package io.soundport.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.soundport.application.distribution.DeliveryWorker;
import io.soundport.application.platform.UpstreamHealthChecker;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.application.webhooks.WebhookDeliveryWorker;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * The background work of this instance: the outbox dispatcher (webhook fan-out and workflow rules), the webhook
 * senders, the delivery worker and the gateway's health checks, each a loop on its own
 * thread that works while there is work and polls when there is none. Any number of instances may run them on one
 * database: jobs are claimed under leases. Off with {@code SOUNDPORT_WORKERS_ENABLED=false}; stopped on shutdown,
 * letting a send in flight finish.
 */
@Context
@Requires(property = "soundport.workers.enabled", notEquals = "false")
public class BackgroundWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorkers.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public BackgroundWorkers(OutboxDispatcher dispatcher, WebhookDeliveryWorker webhooks, DeliveryWorker deliveries,
                             UpstreamHealthChecker upstreamHealth,
                             @Property(name = "soundport.workers.poll-interval", defaultValue = "250ms") Duration poll,
                             @Property(name = "soundport.workers.webhook-senders", defaultValue = "2") int senders) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        start("soundport-outbox-dispatcher", () -> dispatcher.dispatchOnce(100), poll);
        for (int i = 1; i <= senders; i++) {
            String owner = instance + "-webhooks-" + i;
            start("soundport-webhook-sender-" + i, () -> webhooks.runOnce(owner, 10), poll);
        }
        start("soundport-delivery-worker", () -> deliveries.runOnce(instance + "-deliveries", 5), poll);
        start("soundport-upstream-health", upstreamHealth::runOnce, poll);
        LOG.info("Background workers: outbox dispatcher, {} webhook sender(s), a delivery worker, the gateway's health "
                + "checks; instance {}", senders, instance);
    }

    private void start(String name, IntSupplier work, Duration poll) {
        Thread thread = new Thread(() -> loop(name, work, poll), name);
        thread.setDaemon(false);
        threads.add(thread);
        thread.start();
    }

    private void loop(String name, IntSupplier work, Duration poll) {
        Duration backoff = poll;
        while (running) {
            try {
                int done = work.getAsInt();
                backoff = poll;
                if (done == 0) {
                    Thread.sleep(poll.toMillis());
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
        LOG.info("Background workers stopped");
    }
}
