package io.soundport.lambda;

import io.micronaut.context.ApplicationContext;
import io.soundport.bootstrap.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * With the jobs on SQS, moves the jobs a request queued (a notification, a delivery, an event's webhooks once
 * dispatched) to SQS before the request's answer goes back, so that their event sources work them at once rather than
 * after the scheduled pass's relay, up to a minute later. A function instance serves one request at a time, and only
 * a request that committed jobs pays for the relay (one SQS call per type). A relay that fails is logged and left to
 * the scheduled pass: the jobs are safe in the store.
 */
final class NewJobsRelay {
    private static final Logger LOG = LoggerFactory.getLogger(NewJobsRelay.class);

    private final JobQueue queue;
    private final AtomicBoolean queued = new AtomicBoolean();

    private NewJobsRelay(JobQueue queue) {
        this.queue = queue;
    }

    static NewJobsRelay of(ApplicationContext context) {
        NewJobsRelay relay = new NewJobsRelay(context.getBean(JobQueue.class));
        relay.queue.whenJobsQueued(() -> relay.queued.set(true));
        return relay;
    }

    /** After a request: relays what it queued, if anything. */
    void afterRequest(String requestId) {
        if (!queued.getAndSet(false)) {
            return;
        }
        try {
            queue.relayOnce("lambda-" + requestId + "-relay", 100);
        } catch (RuntimeException e) {
            LOG.warn("Relaying the jobs of request {} to SQS failed; the scheduled pass will: {}", requestId,
                    e.toString());
        }
    }
}
