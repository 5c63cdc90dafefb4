package io.soundport.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the handler tests share: a Lambda context on memory persistence and a temporary data directory, API Gateway
 * events shaped as API Gateway sends them (v1 for a REST API, v2 for an HTTP API), a Lambda {@link Context}, and
 * and JSON.
 */
final class LambdaTesting {
    static final String JWT_SECRET = "lambda-tests-secret-lambda-tests-secret-0123";
    static final String SECRETS_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String PASSWORD = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaTesting() {
    }

    /** The settings a Lambda is given, on memory persistence in {@code dataDir}, with {@code extra} over them. */
    static Map<String, Object> settings(Path dataDir, Object... extra) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "soundport.persistence", "memory",
                "soundport.data-dir", dataDir.toString(),
                "soundport.jwt.secret", JWT_SECRET,
                "soundport.secrets.key", SECRETS_KEY,
                "soundport.security.bcrypt-cost", 10));
        for (int i = 0; i < extra.length; i += 2) {
            settings.put((String) extra[i], extra[i + 1]);
        }
        return settings;
    }

    static ApplicationContext start(Path dataDir, Object... extra) {
        return LambdaApplication.start(settings(dataDir, extra));
    }

    static String uniqueEmail() {
        return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String registration(String email) {
        return json(Map.of("email", email, "password", PASSWORD, "name", "Ada Owner",
                "organization_name", "Org of " + email));
    }

    /** A REST API's proxy event (payload format 1.0). */
    static APIGatewayProxyRequestEvent restApiEvent(String method, String path, Map<String, String> headers,
                                                    String body) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("Host", "api.example.com", "Accept", "application/json",
                "User-Agent", "lambda-tests", "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https"));
        all.putAll(headers);
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        Map<String, List<String>> multi = new LinkedHashMap<>();
        all.forEach((name, value) -> multi.put(name, List.of(value)));
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withAccountId("123456789012").withApiId("abc123").withStage("prod").withResourcePath("/{proxy+}")
                .withHttpMethod(method).withPath("/prod" + path).withRequestId(UUID.randomUUID().toString())
                .withIdentity(new APIGatewayProxyRequestEvent.RequestIdentity().withSourceIp("203.0.113.7")
                        .withUserAgent("lambda-tests"));
        return new APIGatewayProxyRequestEvent().withResource("/{proxy+}").withPath(path).withHttpMethod(method)
                .withHeaders(all).withMultiValueHeaders(multi)
                .withPathParameters(Map.of("proxy", path.substring(1))).withRequestContext(context)
                .withBody(body).withIsBase64Encoded(false);
    }

    /** An HTTP API's event (payload format 2.0): header names in lower case, as API Gateway sends them. */
    static APIGatewayV2HTTPEvent httpApiEvent(String method, String path, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("host", "api.example.com", "accept", "application/json",
                "user-agent", "lambda-tests", "x-forwarded-for", "203.0.113.7", "x-forwarded-proto", "https"));
        headers.forEach((name, value) -> all.put(name.toLowerCase(), value));
        if (body != null) {
            all.put("content-type", "application/json");
        }
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId("123456789012").withApiId("abc123").withStage("$default")
                .withRouteKey("$default").withRequestId(UUID.randomUUID().toString())
                .withDomainName("api.example.com").withTimeEpoch(System.currentTimeMillis())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                        .withProtocol("HTTP/1.1").withSourceIp("203.0.113.7").withUserAgent("lambda-tests").build())
                .build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("$default").withRawPath(path)
                .withRawQueryString("").withHeaders(all).withRequestContext(context).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    /** A Lambda context with this much time left. */
    static Context lambdaContext(int remainingMillis) {
        return new Context() {
            private final String requestId = UUID.randomUUID().toString();

            @Override public String getAwsRequestId() { return requestId; }
            @Override public String getLogGroupName() { return "/aws/lambda/soundport"; }
            @Override public String getLogStreamName() { return "2026/12/02/[$LATEST]0123456789abcdef"; }
            @Override public String getFunctionName() { return "soundport"; }
            @Override public String getFunctionVersion() { return "$LATEST"; }
            @Override public String getInvokedFunctionArn() {
                return "arn:aws:lambda:eu-west-1:123456789012:function:soundport";
            }
            @Override public CognitoIdentity getIdentity() { return null; }
            @Override public ClientContext getClientContext() { return null; }
            @Override public int getRemainingTimeInMillis() { return remainingMillis; }
            @Override public int getMemoryLimitInMB() { return 1024; }
            @Override public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    @Override public void log(String message) { System.out.println(message); }
                    @Override public void log(byte[] message) {
                        System.out.println(new String(message, StandardCharsets.UTF_8));
                    }
                };
            }
        };
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
