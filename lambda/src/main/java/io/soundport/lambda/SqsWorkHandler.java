package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.soundport.adapters.aws.sqs.SqsJobQueues;
import io.soundport.application.shared.JobHandler;
import io.soundport.bootstrap.JobQueue;
import io.soundport.domain.jobs.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The background work on SQS event sources: {@code io.soundport.lambda.SqsWorkHandler::handleRequest}, with
 * {@code ReportBatchItemFailures} on the event source mappings of the job queues.
 *
 * <p>With the jobs on SQS ({@code SOUNDPORT_SQS_QUEUE_PREFIX}), each message is one job, worked here by its type's
 * worker as if claimed here: the Lambda runtime received it, and its lease is the invocation's time left. A job its
 * worker completed or rescheduled is done; one whose work failed, or that the worker left held, is reported in
 * {@code batchItemFailures}, so that SQS delivers it again once its visibility runs out (and, after the queue's
 * receives, dead-letters it). A message that is not a job of a known type is reported too, and ends in the dead
 * letters where an operator sees it. With the jobs in the database, a batch is a wake-up that runs one
 * {@link WorkerPass} and reports nothing as failed.
 */
public class SqsWorkHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(SqsWorkHandler.class);

    private final WorkerPass pass;
    private final JobQueue queue;

    /** What the Lambda runtime calls, once per instance: builds and starts the context from the environment. */
    public SqsWorkHandler() {
        this(WorkHandlers.startContext());
    }

    /** On a started context of {@link LambdaApplication}; closing it is the caller's. */
    SqsWorkHandler(ApplicationContext context) {
        this.pass = WorkerPass.of(context);
        this.queue = context.getBean(JobQueue.class);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context lambda) {
        if (!queue.onSqs()) {
            WorkHandlers.pass(pass, lambda);
            return new SQSBatchResponse(List.of());
        }
        String owner = "lambda-" + lambda.getAwsRequestId();
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            Instant leaseUntil = Instant.now().plusMillis(lambda.getRemainingTimeInMillis());
            if (!work(message, owner, leaseUntil)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** Works the message's job; false when SQS should deliver it again. */
    private boolean work(SQSEvent.SQSMessage message, String owner, Instant leaseUntil) {
        Optional<Job> read = job(message, owner, leaseUntil);
        if (read.isEmpty()) {
            return false;
        }
        Job job = read.get();
        Optional<JobHandler> handler = queue.handler(job.type());
        if (handler.isEmpty()) {
            LOG.warn("SQS message {} holds job {} of type {}, which no worker here runs", message.getMessageId(),
                    job.id(), job.type());
            return false;
        }
        queue.sqs().adopt(job, message.getReceiptHandle());
        try {
            handler.get().work(owner, List.of(job));
        } catch (RuntimeException e) {
            LOG.warn("Job {} ({}) failed; SQS delivers it again: {}", job.id(), job.type(), e.toString(), e);
            queue.sqs().forget(job.id());
            return false;
        }
        if (queue.sqs().holds(job.id(), owner)) {
            queue.sqs().forget(job.id());
            return false;
        }
        return true;
    }

    private static Optional<Job> job(SQSEvent.SQSMessage message, String owner, Instant leaseUntil) {
        try {
            int receives = Integer.parseInt(message.getAttributes() == null ? "1"
                    : message.getAttributes().getOrDefault("ApproximateReceiveCount", "1"));
            return Optional.of(SqsJobQueues.job(message.getBody(), receives, owner, leaseUntil));
        } catch (RuntimeException unreadable) {
            LOG.warn("SQS message {} is not a job: {}", message.getMessageId(), unreadable.toString());
            return Optional.empty();
        }
    }
}
