package io.soundport.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DynamoDB throttling reaches the caller as 503 SERVICE_UNAVAILABLE with {@code Retry-After}, never as a 500: the
 * server talks to DynamoDB Local through a proxy that, once switched, answers every call with ThrottlingException.
 */
class DynamoDbThrottlingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean throttling = new AtomicBoolean();

    @Test
    void throttling_is_a_503_with_retry_after_in_the_envelope(@TempDir Path dataDir) throws Exception {
        HttpServer proxy = throttlingProxy(URI.create(DynamoDbLocal.endpoint()));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "dynamodb",
                "soundport.dynamodb.endpoint", "http://localhost:" + proxy.getAddress().getPort(),
                "soundport.dynamodb.table-prefix", "throttled_",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "throttling-test-secret-0123456789abcdefghij",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString()))) {
            HttpResponse<String> registered = send(server, "POST", "/api/v1/auth/register", null,
                    "{\"email\":\"busy@example.com\",\"password\":\"correct horse battery\",\"name\":\"Busy\","
                            + "\"organization_name\":\"Busy Records\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String token = JSON.readTree(registered.body()).path("access_token").asText();

            throttling.set(true);
            HttpResponse<String> throttled = send(server, "GET", "/api/v1/releases", "Bearer " + token, null);

            assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(503);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            JsonNode error = JSON.readTree(throttled.body()).path("error");
            assertThat(error.path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(error.path("request_id").asText()).isNotBlank();

            throttling.set(false);
            assertThat(send(server, "GET", "/api/v1/releases", "Bearer " + token, null).statusCode())
                    .as("served again once DynamoDB has capacity").isEqualTo(200);
        } finally {
            proxy.stop(0);
        }
    }

    private HttpResponse<String> send(EmbeddedServer server, String method, String path, String auth, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpServer throttlingProxy(URI target) throws IOException {
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (throttling.get()) {
                    respond(exchange, 400, ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\","
                            + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}").getBytes(StandardCharsets.UTF_8));
                    return;
                }
                HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!RESTRICTED.contains(name.toLowerCase())) {
                        values.forEach(v -> forward.header(name, v));
                    }
                });
                HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                respond(exchange, answer.statusCode(), answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        proxy.start();
        return proxy;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
