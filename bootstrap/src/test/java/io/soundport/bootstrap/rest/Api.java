package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small client for the running server over real HTTP (the JDK's client, Jackson for the bodies). Immutable:
 * {@link #as}, {@link #withKey} and {@link #with} return a copy that sends one more header. Paths are under
 * {@code /api/v1} unless they start with {@code /health}, {@code /metrics}, {@code /openapi}, {@code /swagger} or
 * {@code /api/}.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final Map<String, String> headers;
    /**
     * One connection pool per server: test classes start and stop servers in parallel on random ports, and a port a
     * stopped server freed may be taken by the next one, where a shared pool would reuse a dead connection.
     */
    private final HttpClient http;

    Api(URI base) {
        this(base, Map.of(), HttpClient.newBuilder()
                // the server speaks HTTP/1.1: no h2c upgrade attempt on a connection's first request
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private Api(URI base, Map<String, String> headers, HttpClient http) {
        this.base = base;
        this.headers = headers;
        this.http = http;
    }

    /** This client signed in with an access token. */
    Api as(String accessToken) {
        return with("Authorization", "Bearer " + accessToken);
    }

    /** This client authenticated by an API key. */
    Api withKey(String apiKey) {
        return with("X-API-Key", apiKey);
    }

    Api with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(base, Map.copyOf(copy), http);
    }

    Response get(String path) {
        return send("GET", path, (byte[]) null, null);
    }

    Response delete(String path) {
        return send("DELETE", path, (byte[]) null, null);
    }

    /** POST with a JSON body: a String is sent as it is, anything else as Jackson writes it. */
    Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    Response patch(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    /** PUT with a JSON body, as {@link #post} sends it. */
    Response put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    Response send(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                contentType);
    }

    Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(absolute(path)))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String absolute(String path) {
        for (String prefix : List.of("/health", "/metrics", "/openapi", "/swagger", "/api/")) {
            if (path.startsWith(prefix)) {
                return path;
            }
        }
        return "/api/v1" + path;
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A JSON object from name/value pairs, in order; values may be nested maps and lists, or null. */
    static Map<String, Object> obj(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** What the server answered. */
    record Response(int status, HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        Optional<String> optionalHeader(String name) {
            return headers.firstValue(name);
        }

        /** The body as JSON; a missing node when it is not JSON. */
        JsonNode json() {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        /** A field of the JSON body, as text. */
        String text(String field) {
            return json().path(field).asText(null);
        }

        String id() {
            return text("id");
        }

        /** Asserts the status, showing the body when it differs. */
        Response expect(int expected) {
            assertThat(status).as("status of a response with body %s", body).isEqualTo(expected);
            return this;
        }

        /** The ids of a list answer's {@code data}, in order. */
        List<String> ids() {
            return StreamSupport.stream(json().path("data").spliterator(), false)
                    .map(n -> n.path("id").asText())
                    .toList();
        }

        /**
         * Asserts the error envelope: this status; exactly {@code code}, {@code message}, {@code details},
         * {@code request_id}; every detail a {@code field} and a {@code message}; the request id echoed in
         * {@code X-Request-Id}. Returns the {@code error} object.
         */
        JsonNode error(int expectedStatus, String expectedCode) {
            expect(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/json");
            JsonNode root = json();
            assertThat(fieldNames(root)).as("top level of %s", body).containsExactly("error");
            JsonNode error = root.get("error");
            assertThat(fieldNames(error)).as("error of %s", body)
                    .containsExactlyInAnyOrder("code", "message", "details", "request_id");
            assertThat(error.get("code").asText()).isEqualTo(expectedCode);
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("details").isArray()).isTrue();
            for (JsonNode detail : error.get("details")) {
                assertThat(fieldNames(detail)).containsExactlyInAnyOrder("field", "message");
                assertThat(detail.get("field").asText()).isNotBlank();
                assertThat(detail.get("message").asText()).isNotBlank();
            }
            assertThat(error.get("request_id").asText()).isNotBlank().isEqualTo(header("X-Request-Id"));
            return error;
        }

        /** The {@code field}s of the envelope's details, in order. */
        List<String> errorFields() {
            return StreamSupport.stream(json().path("error").path("details").spliterator(), false)
                    .map(d -> d.path("field").asText())
                    .toList();
        }

        static List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
