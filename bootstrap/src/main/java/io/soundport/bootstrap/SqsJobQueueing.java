package io.soundport.bootstrap;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.soundport.adapters.aws.AwsClients;
import io.soundport.adapters.aws.sqs.AfterCommit;
import io.soundport.adapters.aws.sqs.SqsJobQueues;
import io.soundport.adapters.aws.sqs.SqsJobRelay;
import io.soundport.adapters.aws.sqs.SqsJobs;
import io.soundport.application.distribution.DeliveryQueue;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.platform.EventBusForwarding;
import io.soundport.application.webhooks.WebhookMessageService;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the background jobs on SQS when {@code SOUNDPORT_SQS_QUEUE_PREFIX} is set on AWS: the store the server runs on
 * is given {@link SqsJobs} in front of its own job queue, and its unit of work the {@link AfterCommit} that SQS calls
 * wait for. Jobs are still written with the change that calls for them; the relay moves them to SQS. Otherwise the
 * store is left as it is and its own queue (PostgreSQL {@code SKIP LOCKED}, DynamoDB's conditional writes) runs them.
 */
@Singleton
public class SqsJobQueueing implements BeanCreatedEventListener<PersistencePorts> {
    private static final Logger LOG = LoggerFactory.getLogger(SqsJobQueueing.class);

    /** Every job type the workers run: all of them go to SQS. */
    public static final Set<String> TYPES = Set.of(WebhookMessageService.SEND_JOB, DeliveryQueue.SEND_JOB,
            NotificationQueue.SEND_JOB, EventBusForwarding.PUBLISH_JOB);

    private final CloudSettings cloud;
    private final Clock clock;
    private final int maxReceives;
    private final Duration receiveWait;
    private volatile SqsJobs jobs;
    private volatile SqsJobRelay relay;

    public SqsJobQueueing(CloudSettings cloud, Clock clock,
                          @Property(name = "soundport.aws.sqs.max-receives", defaultValue = "10") int maxReceives,
                          @Property(name = "soundport.aws.sqs.receive-wait", defaultValue = "1s")
                          Duration receiveWait) {
        this.cloud = cloud;
        this.clock = clock;
        this.maxReceives = maxReceives;
        this.receiveWait = receiveWait;
    }

    @Override
    public PersistencePorts onCreated(BeanCreatedEvent<PersistencePorts> event) {
        PersistencePorts store = event.getBean();
        if (!cloud.sqs()) {
            return store;
        }
        SqsClient sqs = AwsClients.sqs(cloud.clients());
        SqsJobQueues queues = new SqsJobQueues(sqs, cloud.sqsQueuePrefix(), maxReceives);
        AfterCommit commits = new AfterCommit(store.transactions());
        jobs = new SqsJobs(store.jobs(), queues, TYPES, commits, clock, receiveWait);
        relay = new SqsJobRelay(store.jobs(), queues, TYPES, clock);
        LOG.info("Background jobs: on SQS queues {}* (dead-lettered after {} receives), relayed from the store's"
                + " job table", cloud.sqsQueuePrefix(), maxReceives);
        return new QueuedOnSqs(store, jobs, commits, sqs);
    }

    /** The job queue on SQS; empty when the jobs stay in the store. Known once the store was created. */
    public Optional<SqsJobs> jobs() {
        return Optional.ofNullable(jobs);
    }

    /** What moves due jobs from the store to SQS; empty when the jobs stay in the store. */
    public Optional<SqsJobRelay> relay() {
        return Optional.ofNullable(relay);
    }
}
