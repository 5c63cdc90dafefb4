package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload1.ApiGatewayProxyRequestEventFunction;

import java.util.Map;

/**
 * The REST API behind an API Gateway REST API (proxy integration, payload format 1.0):
 * {@code io.soundport.lambda.RestApiHandler::handleRequest}. Serves the same controllers, filters and security as the
 * server, on the context of {@link LambdaApplication}.
 */
public class RestApiHandler extends ApiGatewayProxyRequestEventFunction {
    private NewJobsRelay relay;

    /** What the Lambda runtime calls, once per instance: builds and starts the context from the environment. */
    public RestApiHandler() {
        super();
    }

    /** On a context of {@link LambdaApplication#builder} (started here if it is not); closing it is the caller's. */
    RestApiHandler(ApplicationContext context) {
        super(LambdaApplication.start(context));
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return LambdaApplication.builder(Map.of());
    }

    @Override
    protected void startThis(ApplicationContext context) {
        LambdaApplication.start(context);
    }

    /** Answers the request, then relays the jobs it queued to SQS when the jobs are there ({@link NewJobsRelay}). */
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context lambda) {
        NewJobsRelay relay = relay();
        APIGatewayProxyResponseEvent response = super.handleRequest(request, lambda);
        relay.afterRequest(lambda == null ? "unknown" : lambda.getAwsRequestId());
        return response;
    }

    private NewJobsRelay relay() {
        if (relay == null) {
            relay = NewJobsRelay.of(getApplicationContext());
        }
        return relay;
    }
}
