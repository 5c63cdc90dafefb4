package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * The background work on a schedule (EventBridge Scheduler, or an EventBridge / CloudWatch Events rule):
 * {@code io.soundport.lambda.ScheduledWorkHandler::handleRequest}. Each invocation runs one {@link WorkerPass} and
 * returns what it did, e.g. {@code {"events":3,"webhooks":6,"deliveries":0,"notifications":1,"health_checks":0,
 * "failed":[],"out_of_time":false}}. The event itself (any JSON) is not read.
 */
public class ScheduledWorkHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final WorkerPass pass;

    /** What the Lambda runtime calls, once per instance: builds and starts the context from the environment. */
    public ScheduledWorkHandler() {
        this(WorkHandlers.startContext());
    }

    /** On a started context of {@link LambdaApplication}; closing it is the caller's. */
    ScheduledWorkHandler(ApplicationContext context) {
        this.pass = WorkerPass.of(context);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context lambda) {
        return WorkHandlers.pass(pass, lambda).asMap();
    }
}
