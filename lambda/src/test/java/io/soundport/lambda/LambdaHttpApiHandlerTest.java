package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The API behind an HTTP API (payload format 2.0). */
class LambdaHttpApiHandlerTest extends LambdaApiContract {
    private static HttpApiHandler handler;

    @BeforeAll
    static void createHandler() {
        handler = new HttpApiHandler(context);
    }

    @AfterAll
    static void closeHandler() {
        handler.close();
    }

    @Override
    Answer send(String method, String path, Map<String, String> headers, String body) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                LambdaTesting.httpApiEvent(method, path, headers, body), LambdaTesting.lambdaContext(30_000));
        return new Answer(response.getStatusCode(), response.getHeaders(), response.getBody(),
                response.getIsBase64Encoded());
    }
}
