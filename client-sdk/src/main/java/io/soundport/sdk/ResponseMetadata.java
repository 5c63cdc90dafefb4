package io.soundport.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an HTTP answer of the API said besides its body: status, request id, version ({@code ETag}), whether it was an
 * idempotent replay, the rate-limit headers, {@code Retry-After}, and every header. Immutable.
 * <p>
 * Reached through {@link SoundportClient#lastResponse()} after a call, and through
 * {@link io.soundport.sdk.exception.SoundportException#response()} when the API answered with an error.
 */
public final class ResponseMetadata {
    private final int status;
    private final Map<String, List<String>> headers;

    /**
     * The metadata of one answer.
     *
     * @param status  the HTTP status
     * @param headers the headers as received, names in any case
     */
    ResponseMetadata(int status, Map<String, List<String>> headers) {
        this.status = status;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(copy);
    }

    /**
     * The HTTP status.
     *
     * @return the status, such as 200, 304 or 412
     */
    public int status() {
        return status;
    }

    /**
     * The id the server gave the request ({@code X-Request-Id}), to quote to support.
     *
     * @return the request id, or null when the answer named none
     */
    public String requestId() {
        return header("X-Request-Id");
    }

    /**
     * The {@code ETag} as sent, quotes included.
     *
     * @return the entity tag, or null when there is none
     */
    public String etag() {
        return header("ETag");
    }

    /**
     * The version of the resource that the {@code ETag} names: the {@code version} to give as {@code ifMatch} or to
     * a {@code retrieveIfModified} call.
     *
     * @return the version, or null when there is no {@code ETag} or it is not a version ({@code "3"} or
     *         {@code W/"3"})
     */
    public Long version() {
        String etag = etag();
        if (etag == null) {
            return null;
        }
        String tag = etag.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.length() > 20 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return null;
        }
        return number(tag.substring(1, tag.length() - 1));
    }

    /**
     * Whether the server answered a repeated {@code Idempotency-Key} with the stored first answer
     * ({@code Idempotent-Replayed: true}) instead of running the request again.
     *
     * @return true for a replay
     */
    public boolean idempotentReplayed() {
        return "true".equalsIgnoreCase(trimmed("Idempotent-Replayed"));
    }

    /**
     * How many requests the current window allows ({@code X-RateLimit-Limit}).
     *
     * @return the limit, or null when the answer did not say
     */
    public Long rateLimitLimit() {
        return number(trimmed("X-RateLimit-Limit"));
    }

    /**
     * How many requests are left in the current window ({@code X-RateLimit-Remaining}).
     *
     * @return the requests left, or null when the answer did not say
     */
    public Long rateLimitRemaining() {
        return number(trimmed("X-RateLimit-Remaining"));
    }

    /**
     * When the current window ends ({@code X-RateLimit-Reset}, sent in epoch seconds).
     *
     * @return the instant, or null when the answer did not say
     */
    public Instant rateLimitReset() {
        Long seconds = number(trimmed("X-RateLimit-Reset"));
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    /**
     * How long the server asked to wait before trying again ({@code Retry-After}, in seconds or as an HTTP date).
     *
     * @return the wait, or null when the answer did not ask for one
     */
    public Duration retryAfter() {
        return Errors.retryAfter(header("Retry-After"));
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case
     * @return the value, or null when the answer has no such header
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Every value of a header.
     *
     * @param name the header's name, in any case
     * @return the values in the order received, empty when the answer has no such header
     */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /**
     * Every header of the answer: names looked up in any case, values in the order received. Immutable.
     *
     * @return the headers
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    private String trimmed(String name) {
        String value = header(name);
        return value == null ? null : value.strip();
    }

    private static Long number(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(value);
    }

    @Override
    public String toString() {
        return "ResponseMetadata[status=" + status + ", requestId=" + requestId() + ", etag=" + etag()
                + ", idempotentReplayed=" + idempotentReplayed() + "]";
    }
}
