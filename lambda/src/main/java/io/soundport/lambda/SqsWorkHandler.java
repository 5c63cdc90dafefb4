package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.soundport.bootstrap.JobQueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The background work on SQS event sources: {@code io.soundport.lambda.SqsWorkHandler::handleRequest}, with
 * {@code ReportBatchItemFailures} on the event source mappings of the job queues.
 *
 * <p>With the jobs on SQS ({@code SOUNDPORT_SQS_QUEUE_PREFIX}), each message is one job, worked here by its type's
 * worker as if claimed here ({@link JobQueue#workMessage}): the Lambda runtime received it, and its lease is the
 * invocation's time left. A job its
 * worker completed or rescheduled is done; one whose work failed, or that the worker left held, is reported in
 * {@code batchItemFailures}, so that SQS delivers it again once its visibility runs out (and, after the queue's
 * receives, dead-letters it). A message that is not a job of a known type is reported too, and ends in the dead
 * letters where an operator sees it. With the jobs in the database, a batch is a wake-up that runs one
 * {@link WorkerPass} and reports nothing as failed.
 */
public class SqsWorkHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
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
            if (!queue.workMessage(message.getMessageId(), message.getBody(), receives(message),
                    message.getReceiptHandle(), owner, leaseUntil)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static int receives(SQSEvent.SQSMessage message) {
        try {
            return Integer.parseInt(message.getAttributes() == null ? "1"
                    : message.getAttributes().getOrDefault("ApproximateReceiveCount", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
