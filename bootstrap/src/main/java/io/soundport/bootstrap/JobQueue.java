package io.soundport.bootstrap;

import io.soundport.adapters.aws.sqs.SqsJobRelay;
import io.soundport.adapters.aws.sqs.SqsJobs;
import io.soundport.application.platform.DeadLetterDrain;
import io.soundport.application.shared.JobHandler;

import java.util.Map;
import java.util.Optional;

/**
 * Where the background jobs queue, and the work that comes with SQS: the relay from the store's job table, and the
 * drain of the dead-letter queues into the failed states the API shows. On the store's own queue there is neither.
 *
 * @param sqs      the job queue on SQS; null on the store's own
 * @param relay    what moves due jobs to SQS; null on the store's own queue
 * @param drain    what gives up on dead-lettered jobs; null on the store's own queue
 * @param handlers the work of each job type, by type, as an SQS event source hands jobs over
 */
public record JobQueue(SqsJobs sqs, SqsJobRelay relay, DeadLetterDrain drain, Map<String, JobHandler> handlers) {
    public JobQueue {
        handlers = Map.copyOf(handlers);
    }

    public boolean onSqs() {
        return sqs != null;
    }

    /** The handler of a job type, if a worker runs it. */
    public Optional<JobHandler> handler(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
