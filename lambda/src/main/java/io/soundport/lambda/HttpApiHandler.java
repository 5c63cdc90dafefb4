package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.util.Map;

/**
 * The REST API behind an API Gateway HTTP API (payload format 2.0) or a Lambda function URL:
 * {@code io.soundport.lambda.HttpApiHandler::handleRequest}. Serves the same controllers, filters and security as the
 * server, on the context of {@link LambdaApplication}.
 */
public class HttpApiHandler extends APIGatewayV2HTTPEventFunction {
    private NewJobsRelay relay;

    /** What the Lambda runtime calls, once per instance: builds and starts the context from the environment. */
    public HttpApiHandler() {
        super();
    }

    /** On a context of {@link LambdaApplication#builder} (started here if it is not); closing it is the caller's. */
    HttpApiHandler(ApplicationContext context) {
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
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context lambda) {
        NewJobsRelay relay = relay();
        APIGatewayV2HTTPResponse response = super.handleRequest(request, lambda);
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
