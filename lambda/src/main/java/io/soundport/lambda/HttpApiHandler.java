package io.soundport.lambda;

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
}
