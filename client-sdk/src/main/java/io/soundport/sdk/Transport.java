package io.soundport.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.sdk.exception.ApiConnectionException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends requests: authentication, {@code Idempotency-Key} on POST, {@code If-Match}, retries with backoff, and the
 * translation of answers into results or exceptions. Immutable and shared by every service of a client.
 */
final class Transport {
    static final String VERSION = "0.1.0";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** A longer {@code Retry-After} is not waited for: the caller gets the 429 and decides. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Auth auth;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    Transport(OkHttpClient http, HttpUrl base, Auth auth, int maxRetries, Duration initialBackoff, Duration maxBackoff) {
        this.http = http;
        this.base = base;
        this.auth = auth;
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** One call to the API: method, path segments under {@code /api/v1}, query, JSON body. */
    static final class Call {
        final String method;
        final List<String> path = new ArrayList<>();
        final Map<String, Object> query = new LinkedHashMap<>();
        Object body;
        boolean anonymous;
        boolean secretLastSegment;
        RequestOptions options = RequestOptions.none();

        private Call(String method, String... segments) {
            this.method = method;
            for (String s : segments) {
                if (s == null || s.isBlank()) {
                    throw new IllegalArgumentException("an id in the path must not be null or blank");
                }
                path.add(s);
            }
        }

        static Call get(String... path) {
            return new Call("GET", path);
        }

        static Call post(String... path) {
            return new Call("POST", path);
        }

        static Call patch(String... path) {
            return new Call("PATCH", path);
        }

        static Call delete(String... path) {
            return new Call("DELETE", path);
        }

        Call body(Object body) {
            this.body = body;
            return this;
        }

        Call query(Object params) {
            if (params != null) {
                Map<?, ?> fields = Json.MAPPER.convertValue(params, Map.class);
                fields.forEach((k, v) -> {
                    if (v != null) {
                        query.put(String.valueOf(k), v);
                    }
                });
            }
            return this;
        }

        Call param(String name, Object value) {
            if (value != null) {
                query.put(name, value);
            }
            return this;
        }

        Call anonymous() {
            this.anonymous = true;
            return this;
        }

        /** The last path segment is a credential (a verification token): messages never show it. */
        Call secretLastSegment() {
            this.secretLastSegment = true;
            return this;
        }

        Call options(RequestOptions options) {
            this.options = options == null ? RequestOptions.none() : options;
            return this;
        }
    }

    <T> T send(Call call, Class<T> type) {
        String body = execute(call);
        if (type == Void.class) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ApiConnectionException("The answer of " + call.method + " " + pathOf(call)
                    + " could not be read as " + type.getSimpleName(), e);
        }
    }

    <T> Page<T> list(Call call, Class<T> type) {
        String body = execute(call);
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            JavaType listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
            List<T> data = Json.MAPPER.convertValue(json.path("data"), listType);
            JsonNode next = json.get("next_cursor");
            String cursor = next == null || next.isNull() ? null : next.asText();
            return new Page<>(data == null ? List.of() : data, json.path("has_more").asBoolean(false), cursor,
                    c -> list(withCursor(call, c), type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiConnectionException("The answer of GET " + pathOf(call) + " could not be read as a list of "
                    + type.getSimpleName(), e);
        }
    }

    /** The items of an answer {@code {"data":[...]}} that is not paged. */
    <T> List<T> data(Call call, Class<T> type) {
        String body = execute(call);
        try {
            JavaType listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
            List<T> data = Json.MAPPER.convertValue(Json.MAPPER.readTree(body).path("data"), listType);
            return data == null ? List.of() : List.copyOf(data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiConnectionException("The answer of " + call.method + " " + pathOf(call)
                    + " could not be read as a list of " + type.getSimpleName(), e);
        }
    }

    private static Call withCursor(Call call, String cursor) {
        Call next = new Call(call.method, call.path.toArray(String[]::new));
        next.query.putAll(call.query);
        next.query.put("cursor", cursor);
        next.anonymous = call.anonymous;
        next.options = call.options;
        return next;
    }

    /** Sends the call, retrying what may be retried; the body of a 2xx answer, or an exception. */
    private String execute(Call call) {
        RequestOptions options = call.options;
        // one key for every attempt of this POST: a retry after a lost answer replays instead of creating twice
        String idempotencyKey = !call.method.equals("POST") ? null
                : options.idempotencyKey() != null ? options.idempotencyKey() : UUID.randomUUID().toString();
        OkHttpClient client = options.timeout() == null ? http
                : http.newBuilder().callTimeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS).build();
        boolean renewed = false;
        int retries = 0;
        while (true) {
            Auth.Header credential = call.anonymous ? null : auth.header();
            Request request = request(call, idempotencyKey, credential);
            Answer answer;
            try {
                answer = exchange(client, request);
            } catch (IOException e) {
                if (retries < maxRetries) {
                    pause(backoff(retries++));
                    continue;
                }
                throw new ApiConnectionException(call.method + " " + pathOf(call) + " failed after "
                        + (retries + 1) + (retries == 0 ? " attempt: " : " attempts: ") + describe(e), e);
            }
            if (answer.status >= 200 && answer.status < 300) {
                return answer.body;
            }
            if (answer.status == 401 && credential != null && !renewed && auth.renewAfterUnauthorized(credential)) {
                renewed = true;
                continue;
            }
            if (retryable(answer) && retries < maxRetries) {
                Duration retryAfter = Errors.retryAfter(answer.retryAfter);
                if (retryAfter == null || retryAfter.compareTo(LONGEST_RETRY_AFTER) <= 0) {
                    pause(retryAfter != null ? retryAfter : backoff(retries));
                    retries++;
                    continue;
                }
            }
            throw Errors.of(answer.status, answer.body, answer.requestId, answer.retryAfter);
        }
    }

    private record Answer(int status, String body, String requestId, String retryAfter) {
    }

    private static Answer exchange(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new Answer(response.code(), body == null ? "" : body.string(), response.header("X-Request-Id"),
                    response.header("Retry-After"));
        }
    }

    private Request request(Call call, String idempotencyKey, Auth.Header credential) {
        HttpUrl.Builder url = base.newBuilder();
        call.path.forEach(url::addPathSegment);
        call.query.forEach((k, v) -> url.addQueryParameter(k, String.valueOf(v)));
        Request.Builder request = new Request.Builder().url(url.build())
                .header("Accept", "application/json")
                .header("User-Agent", "soundport-java/" + VERSION);
        if (credential != null) {
            request.header(credential.name(), credential.value());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (call.options.ifMatch() != null) {
            request.header("If-Match", "\"" + call.options.ifMatch() + "\"");
        }
        RequestBody body = null;
        if (call.body != null) {
            try {
                body = RequestBody.create(Json.MAPPER.writeValueAsBytes(call.body), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the params could not be written as JSON", e);
            }
        } else if (call.method.equals("POST") || call.method.equals("PATCH")) {
            body = RequestBody.create(new byte[0], JSON);
        }
        return request.method(call.method, body).build();
    }

    /**
     * Worth sending again as it is: throttled, unavailable, or a 409 with {@code Retry-After} (the same idempotent
     * request is still running, or died and its claim runs out).
     */
    private static boolean retryable(Answer answer) {
        int status = answer.status;
        return status == 429 || status == 502 || status == 503 || status == 504
                || (status == 409 && answer.retryAfter != null);
    }

    /** Exponential from the initial backoff, capped, with jitter (half to all of it) so that clients spread out. */
    private Duration backoff(int retry) {
        double millis = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() * Math.pow(2, retry));
        return Duration.ofMillis((long) (millis * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5)));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Interrupted while waiting to retry", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The call's path as messages show it: without a secret segment. */
    private String pathOf(Call call) {
        List<String> shown = new ArrayList<>(call.path);
        if (call.secretLastSegment) {
            shown.set(shown.size() - 1, "…");
        }
        return base.encodedPath() + String.join("/", shown);
    }
}
