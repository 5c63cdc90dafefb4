package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.ApplicationContext;

import java.util.Map;

/** What the worker handlers share: their context and how an invocation runs a pass. */
final class WorkHandlers {
    private WorkHandlers() {
    }

    /** The context of a handler the Lambda runtime made, closed when the runtime shuts the instance down. */
    static ApplicationContext startContext() {
        ApplicationContext context = LambdaApplication.start(Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "soundport-lambda-shutdown"));
        return context;
    }

    /** One pass within the invocation's remaining time, its leases owned by this request. */
    static WorkerPass.Summary pass(WorkerPass pass, Context lambda) {
        return pass.run("lambda-" + lambda.getAwsRequestId(), () -> lambda.getRemainingTimeInMillis());
    }
}
