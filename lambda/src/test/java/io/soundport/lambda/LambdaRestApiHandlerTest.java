package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The API behind a REST API (payload format 1.0). */
class LambdaRestApiHandlerTest extends LambdaApiContract {
    private static RestApiHandler handler;

    @BeforeAll
    static void createHandler() {
        handler = new RestApiHandler(context);
    }

    @AfterAll
    static void closeHandler() {
        handler.close();
    }

    @Override
    Answer send(String method, String path, Map<String, String> headers, String body) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(
                LambdaTesting.restApiEvent(method, path, headers, body), LambdaTesting.lambdaContext(30_000));
        return new Answer(response.getStatusCode(), response.getHeaders(), response.getBody(),
                Boolean.TRUE.equals(response.getIsBase64Encoded()));
    }
}
