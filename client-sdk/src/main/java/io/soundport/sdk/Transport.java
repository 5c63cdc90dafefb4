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
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends requests: authentication, {@code Idempotency-Key} on POST, {@code If-Match} and {@code If-None-Match}, the
 * options of each request, retries with backoff within an overall deadline, the metadata of every answer, and the
 * translation of answers into results or exceptions. Shared by every service of a client; its settings never change.
 */
final class Transport {
    static final String VERSION = "0.1.0";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** A longer {@code Retry-After} is not waited for: the caller gets the 429 and decides. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);
    /** The deadline of an upload without one of its own. */
    private static final Duration UPLOAD_DEADLINE = Duration.ofHours(2);

    /** The options that only some calls take; every call takes the others. */
    enum Option {
        /** {@code Idempotency-Key}: the POSTs the server deduplicates. */
        IDEMPOTENCY_KEY,
        /** {@code If-Match}: the changes the server makes conditional on a version. */
        IF_MATCH
    }

    /** How the client retries and what it says it is. */
    record Settings(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration deadline, String userAgent) {
    }

    private final OkHttpClient http;
    /** The SDK built {@link #http} itself, so closing the client may shut it down. */
    private final boolean ownsHttp;
    private final HttpUrl base;
    private final Auth auth;
    private final Settings settings;
    /** Per thread, the answer of the last call that thread made through this transport. */
    private final ThreadLocal<ResponseMetadata> lastResponse = new ThreadLocal<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    Transport(OkHttpClient http, boolean ownsHttp, HttpUrl base, Auth auth, Settings settings) {
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.base = base;
        this.auth = auth;
        this.settings = settings;
    }

    /** The HTTP client the calls go through, for tests of this package. */
    OkHttpClient http() {
        return http;
    }

    ResponseMetadata lastResponse() {
        return lastResponse.get();
    }

    /**
     * Opens a WebSocket on a path under {@code /api/v1} (no credentials on the upgrade: the caller sends
     * {@link #authMessage()} first), on this client's connection pool and dispatcher, pinging the server every
     * {@code pingInterval} and failing the socket when a pong is late.
     */
    WebSocket openSocket(List<String> path, WebSocketListener listener, Duration pingInterval) {
        if (closed.get()) {
            throw new IllegalStateException("This SoundportClient is closed");
        }
        HttpUrl.Builder url = base.newBuilder();
        path.forEach(url::addPathSegment);
        Request request = new Request.Builder().url(url.build()).header("User-Agent", settings.userAgent()).build();
        return http.newBuilder().pingInterval(pingInterval).build().newWebSocket(request, listener);
    }

    /**
     * The {@code auth} message of a WebSocket, with this client's credentials: its API key, or a current access
     * token (signing in or refreshing first when needed, as any call would).
     */
    Map<String, String> authMessage() {
        Auth.Header header = auth.header();
        return header.name().equals("Authorization")
                ? Map.of("type", "auth", "access_token", header.value().substring("Bearer ".length()))
                : Map.of("type", "auth", "api_key", header.value());
    }

    /** Refuses further calls; shuts the dispatcher and the connection pool down when the SDK created them. */
    void close() {
        if (closed.compareAndSet(false, true) && ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
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
        final Set<Option> accepts = EnumSet.noneOf(Option.class);
        /** The version the caller has: sent as {@code If-None-Match}, a 304 is then "not modified". */
        Long ifNoneMatch;
        /** A body sent as it is (a media file) instead of {@link #body} as JSON. */
        RequestBody raw;
        /** What the call takes in answer: JSON, unless {@link #accepting} says otherwise. */
        String accept = "application/json";

        private Call(String method, String... segments) {
            this.method = method;
            if (method.equals("POST")) {
                accepts.add(Option.IDEMPOTENCY_KEY);
            }
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

        static Call put(String... path) {
            return new Call("PUT", path);
        }

        /** A body that is not JSON, streamed as it is; one that can be read only once is never retried. */
        /** The answer is this media type rather than JSON (a CSV file); an error still comes as JSON. */
        Call accepting(String mediaType) {
            this.accept = mediaType + ", application/json;q=0.5";
            return this;
        }

        Call raw(RequestBody body) {
            this.raw = body;
            return this;
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

        /** The server honours {@code If-Match} here: the options may name a version. */
        Call conditional() {
            accepts.add(Option.IF_MATCH);
            return this;
        }

        /** A POST the server does not deduplicate: no generated key, and a key in the options is refused. */
        Call notDeduplicated() {
            accepts.remove(Option.IDEMPOTENCY_KEY);
            return this;
        }

        /** A read that answers 304, and so nothing, when the resource still has this version. */
        Call unlessVersion(long version) {
            this.ifNoneMatch = version;
            return this;
        }

        Call options(RequestOptions options) {
            this.options = options == null ? RequestOptions.none() : options;
            return this;
        }
    }

    /** The body of the answer as text (a CSV file), held whole. */
    String text(Call call) {
        return execute(call).body;
    }

    <T> T send(Call call, Class<T> type) {
        return read(call, execute(call).body, type);
    }

    /** A read sent with {@code If-None-Match}: empty when the server answers 304, "not modified". */
    <T> Optional<T> sendIfModified(Call call, Class<T> type) {
        Answer answer = execute(call);
        return answer.metadata.status() == 304 ? Optional.empty() : Optional.of(read(call, answer.body, type));
    }

    private <T> T read(Call call, String body, Class<T> type) {
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
        String body = execute(call).body;
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

    /** A page of search hits {@code {"data":[...],"total":..,"offset":..,"limit":..,"has_more":..}}. */
    <T> SearchPage<T> searchPage(Call call, Class<T> type) {
        String body = execute(call).body;
        try {
            JavaType pageType = Json.MAPPER.getTypeFactory().constructParametricType(SearchPage.class, type);
            return Json.MAPPER.readValue(body, pageType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiConnectionException("The answer of GET " + pathOf(call) + " could not be read as a page of "
                    + type.getSimpleName(), e);
        }
    }

    /** The items of an answer {@code {"data":[...]}} that is not paged. */
    <T> List<T> data(Call call, Class<T> type) {
        String body = execute(call).body;
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
        next.accepts.clear();
        next.accepts.addAll(call.accepts);
        return next;
    }

    /**
     * Sends the call, retrying what may be retried while the deadline allows; a 2xx answer (or the 304 a conditional
     * read asked for), or an exception. The thread's last response is this call's last answer, or null without one.
     */
    private Answer execute(Call call) {
        ResponseMetadata[] last = new ResponseMetadata[1];
        try {
            return attempts(call, last);
        } finally {
            lastResponse.set(last[0]);
        }
    }

    private Answer attempts(Call call, ResponseMetadata[] last) {
        if (closed.get()) {
            throw new IllegalStateException("This SoundportClient is closed: build a new one to send requests");
        }
        RequestOptions options = call.options;
        checkOptions(call, options);
        // an upload of a large file outlasts any deadline meant for JSON calls: it has only the one it is given
        Duration deadline = options.deadline() != null ? options.deadline()
                : call.raw != null ? UPLOAD_DEADLINE : settings.deadline();
        long deadlineAt = System.nanoTime() + deadline.toNanos();
        int maxRetries = call.raw != null && call.raw.isOneShot() ? 0
                : options.maxRetries() != null ? options.maxRetries() : settings.maxRetries();
        // one key for every attempt of this POST: a retry after a lost answer replays instead of creating twice
        String idempotencyKey = !call.accepts.contains(Option.IDEMPOTENCY_KEY) ? null
                : options.idempotencyKey() != null ? options.idempotencyKey() : UUID.randomUUID().toString();
        boolean renewed = false;
        int retries = 0;
        while (true) {
            Auth.Header credential = call.anonymous ? null : auth.header();
            Request request = request(call, idempotencyKey, credential);
            long remaining = deadlineAt - System.nanoTime();
            if (remaining <= 0) {
                throw new ApiConnectionException(call.method + " " + pathOf(call) + ": the deadline of "
                        + describe(deadline) + " passed before attempt " + (retries + 1), null);
            }
            Answer answer;
            try {
                answer = exchange(request, remaining);
            } catch (IOException e) {
                String tried = (retries + 1) + (retries == 0 ? " attempt" : " attempts");
                if (System.nanoTime() - deadlineAt >= 0) {
                    throw new ApiConnectionException(call.method + " " + pathOf(call) + ": the deadline of "
                            + describe(deadline) + " passed after " + tried + ": " + describe(e), e);
                }
                if (retries < maxRetries) {
                    Duration pause = backoff(retries);
                    if (fits(pause, deadlineAt)) {
                        pause(pause);
                        retries++;
                        continue;
                    }
                    throw new ApiConnectionException(call.method + " " + pathOf(call) + " failed after " + tried
                            + ": " + describe(e) + "; not retried: the deadline of " + describe(deadline)
                            + " would pass before a retry could finish", e);
                }
                throw new ApiConnectionException(call.method + " " + pathOf(call) + " failed after " + tried + ": "
                        + describe(e), e);
            }
            last[0] = answer.metadata;
            int status = answer.metadata.status();
            if ((status >= 200 && status < 300) || (status == 304 && call.ifNoneMatch != null)) {
                return answer;
            }
            if (status == 401 && credential != null && !renewed && auth.renewAfterUnauthorized(credential)) {
                renewed = true;
                continue;
            }
            if (retryable(answer.metadata) && retries < maxRetries) {
                Duration retryAfter = answer.metadata.retryAfter();
                if (retryAfter == null || retryAfter.compareTo(LONGEST_RETRY_AFTER) <= 0) {
                    Duration pause = retryAfter != null ? retryAfter : backoff(retries);
                    if (!fits(pause, deadlineAt)) {
                        throw Errors.of(answer.metadata, answer.body, "not retried: the deadline of "
                                + describe(deadline) + " would pass before a retry could finish");
                    }
                    pause(pause);
                    retries++;
                    continue;
                }
            }
            throw Errors.of(answer.metadata, answer.body, null);
        }
    }

    /** An option the method does not take fails before anything is sent, instead of being ignored. */
    private void checkOptions(Call call, RequestOptions options) {
        if (options.idempotencyKey() != null && !call.accepts.contains(Option.IDEMPOTENCY_KEY)) {
            throw new IllegalArgumentException(call.method + " " + pathOf(call) + " takes no idempotencyKey: "
                    + (call.method.equals("POST") ? "the server does not deduplicate this request"
                    : "only a POST that creates or acts has one"));
        }
        if (options.ifMatch() != null && !call.accepts.contains(Option.IF_MATCH)) {
            throw new IllegalArgumentException(call.method + " " + pathOf(call)
                    + " takes no ifMatch: the server does not make this request conditional on a version");
        }
    }

    /** Whether a pause and the shortest worthwhile attempt after it end before the deadline. */
    private static boolean fits(Duration pause, long deadlineAt) {
        return deadlineAt - System.nanoTime() - pause.toNanos() > TimeUnit.MILLISECONDS.toNanos(50);
    }

    private record Answer(ResponseMetadata metadata, String body) {
    }

    private Answer exchange(Request request, long timeoutNanos) throws IOException {
        okhttp3.Call call = http.newCall(request);
        call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            return new Answer(new ResponseMetadata(response.code(), response.headers().toMultimap()),
                    body == null ? "" : body.string());
        }
    }

    private Request request(Call call, String idempotencyKey, Auth.Header credential) {
        HttpUrl.Builder url = base.newBuilder();
        call.path.forEach(url::addPathSegment);
        call.query.forEach((k, v) -> url.addQueryParameter(k, String.valueOf(v)));
        Request.Builder request = new Request.Builder().url(url.build());
        call.options.headers().forEach(request::header);
        request.header("Accept", call.accept).header("User-Agent", settings.userAgent());
        if (call.options.requestId() != null) {
            request.header("X-Request-Id", call.options.requestId());
        }
        if (call.ifNoneMatch != null) {
            request.header("If-None-Match", "\"" + call.ifNoneMatch + "\"");
        }
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
        if (call.raw != null) {
            body = call.raw;
        } else if (call.body != null) {
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
    private static boolean retryable(ResponseMetadata answer) {
        int status = answer.status();
        return status == 429 || status == 502 || status == 503 || status == 504
                || (status == 409 && answer.header("Retry-After") != null);
    }

    /** Exponential from the initial backoff, capped, with jitter (half to all of it) so that clients spread out. */
    private Duration backoff(int retry) {
        double millis = Math.min(settings.maxBackoff().toMillis(), settings.initialBackoff().toMillis() * Math.pow(2, retry));
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

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
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
