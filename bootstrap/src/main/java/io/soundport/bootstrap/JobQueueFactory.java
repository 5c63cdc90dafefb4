package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.soundport.application.distribution.DeliveryWorker;
import io.soundport.application.notifications.NotificationWorker;
import io.soundport.application.platform.DeadLetterDrain;
import io.soundport.application.shared.JobHandler;
import io.soundport.application.webhooks.WebhookDeliveryWorker;
import io.soundport.domain.persistence.PersistencePorts;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link JobQueue}: the store's own, or SQS with its relay and dead-letter drain ({@link SqsJobQueueing}). */
@Factory
public class JobQueueFactory {

    @Singleton
    JobQueue jobQueue(PersistencePorts p, SqsJobQueueing queueing, WebhookDeliveryWorker webhooks,
                      DeliveryWorker deliveries, NotificationWorker notifications, EventPublishing publishing) {
        List<JobHandler> handlers = new ArrayList<>(List.of(webhooks, deliveries, notifications));
        if (publishing.on()) {
            handlers.add(publishing.worker());
        }
        Map<String, JobHandler> byType = new LinkedHashMap<>();
        handlers.forEach(handler -> byType.put(handler.type(), handler));
        // p is the store as the listener left it: by now SqsJobQueueing knows whether the jobs are on SQS
        return queueing.jobs()
                .map(sqs -> new JobQueue(sqs, queueing.relay().orElseThrow(),
                        new DeadLetterDrain(sqs, handlers, p.transactions()), byType, p.newWork()))
                .orElseGet(() -> new JobQueue(null, null, null, byType, p.newWork()));
    }
}
