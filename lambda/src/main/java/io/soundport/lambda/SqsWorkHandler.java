package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;

import java.util.List;

/**
 * The background work on an SQS event source: {@code io.soundport.lambda.SqsWorkHandler::handleRequest} (with
 * {@code ReportBatchItemFailures} on the event source mapping). Today the jobs live in the database's job table, so a
 * batch of messages is a wake-up: it runs one {@link WorkerPass}, as the scheduled handler does, and reports no
 * message as failed (the jobs it did not reach stay claimable, under their leases, for the next pass). When the SQS
 * job queue lands, each message becomes one job worked here, and a message whose job fails is reported back in
 * {@code batchItemFailures} for SQS to redeliver.
 */
public class SqsWorkHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final WorkerPass pass;

    /** What the Lambda runtime calls, once per instance: builds and starts the context from the environment. */
    public SqsWorkHandler() {
        this(WorkHandlers.startContext());
    }

    /** On a started context of {@link LambdaApplication}; closing it is the caller's. */
    SqsWorkHandler(ApplicationContext context) {
        this.pass = WorkerPass.of(context);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context lambda) {
        WorkHandlers.pass(pass, lambda);
        return new SQSBatchResponse(List.of());
    }
}
