package io.soundport.bootstrap;

import io.soundport.adapters.aws.sqs.SqsJobQueues;
import io.soundport.adapters.aws.sqs.SqsJobRelay;
import io.soundport.adapters.aws.sqs.SqsJobs;
import io.soundport.application.platform.DeadLetterDrain;
import io.soundport.application.shared.JobHandler;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.NewWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the background jobs queue, and the work that comes with SQS: the relay from the store's job table, and the
 * drain of the dead-letter queues into the failed states the API shows. On the store's own queue there is neither.
 *
 * @param sqs      the job queue on SQS; null on the store's own
 * @param relay    what moves due jobs to SQS; null on the store's own queue
 * @param drain    what gives up on dead-lettered jobs; null on the store's own queue
 * @param handlers the work of each job type, by type, as an SQS event source hands jobs over
 * @param newWork  word that jobs were committed to the store
 */
public record JobQueue(SqsJobs sqs, SqsJobRelay relay, DeadLetterDrain drain, Map<String, JobHandler> handlers,
                       NewWork newWork) {
    public JobQueue {
        handlers = Map.copyOf(handlers);
    }

    /**
     * Calls {@code queued} (on any thread; it must return quickly) when jobs of a type on SQS may have been committed
     * to the store, so that the relay can move them at once; nothing without SQS.
     */
    public void whenJobsQueued(Runnable queued) {
        if (onSqs()) {
            newWork.onNewWork(SqsJobQueueing.TYPES.stream().map(NewWork.Topic::jobs).collect(Collectors.toSet()),
                    queued);
        }
    }

    public boolean onSqs() {
        return sqs != null;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

    /** Moves up to {@code limit} due jobs from the store to SQS for {@code owner}; returns how many. */
    public int relayOnce(String owner, int limit) {
        return relay.runOnce(owner, limit);
    }

    /** Gives up on up to {@code batch} dead-lettered jobs of each type for {@code owner}; returns how many. */
    public int drainOnce(String owner, int batch) {
        return drain.runOnce(owner, batch);
    }

    /** The handler of a job type, if a worker runs it. */
    public Optional<JobHandler> handler(String type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /**
     * Works the job of a message someone else received from its SQS queue (the Lambda runtime, for an event source),
     * as if claimed here by {@code owner} until {@code leaseUntil}: its type's worker completes or reschedules it.
     * False when SQS should deliver the message again: it is no job of a type worked here, its work failed, or the
     * work left it held.
     *
     * @param receives SQS's {@code ApproximateReceiveCount} of the message
     */
    public boolean workMessage(String messageId, String body, int receives, String receiptHandle, String owner,
                               Instant leaseUntil) {
        if (!onSqs()) {
            throw new IllegalStateException("The background jobs are not on SQS (SOUNDPORT_SQS_QUEUE_PREFIX)");
        }
        Job job;
        try {
            job = SqsJobQueues.job(body, receives, owner, leaseUntil);
        } catch (RuntimeException unreadable) {
            LOG.warn("SQS message {} is not a job: {}", messageId, unreadable.toString());
            return false;
        }
        JobHandler handler = handlers.get(job.type());
        if (handler == null) {
            LOG.warn("SQS message {} holds job {} of type {}, which no worker here runs", messageId, job.id(),
                    job.type());
            return false;
        }
        sqs.adopt(job, receiptHandle);
        try {
            handler.work(owner, List.of(job));
        } catch (RuntimeException e) {
            LOG.warn("Job {} ({}) failed; SQS delivers it again: {}", job.id(), job.type(), e.toString(), e);
            sqs.forget(job.id());
            return false;
        }
        if (sqs.holds(job.id(), owner)) {
            sqs.forget(job.id());
            return false;
        }
        return true;
    }
}
