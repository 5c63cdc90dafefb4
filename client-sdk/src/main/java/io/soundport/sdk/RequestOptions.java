package io.soundport.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-request settings, given as the optional last argument of any SDK method:
 * <pre>{@code
 * client.releases().update(id, params, RequestOptions.builder().ifMatch(release.version()).build());
 * }</pre>
 * {@link Builder#requestId(String) requestId}, {@link Builder#header(String, String) header},
 * {@link Builder#maxRetries(int) maxRetries} and {@link Builder#deadline(Duration) deadline} apply to every method.
 * {@link Builder#idempotencyKey(String) idempotencyKey} applies only to the POSTs the server deduplicates, and
 * {@link Builder#ifMatch(long) ifMatch} only to the changes the server makes conditional (each method's javadoc says
 * so); given to any other method, they fail with an {@link IllegalArgumentException} before anything is sent, rather
 * than being ignored.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(new Builder());
    /** Headers the SDK sets itself, or that the transport owns: an option of their own, or none. */
    private static final Set<String> RESERVED = Set.of("authorization", "x-api-key", "idempotency-key", "if-match",
            "if-none-match", "x-request-id", "content-type", "content-length", "content-encoding", "transfer-encoding",
            "accept", "accept-encoding", "user-agent", "host", "connection", "te", "upgrade");
    /** RFC 9110 token: a header name. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** What the server keeps as a request id; anything else it replaces with one of its own. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String idempotencyKey;
    private final Long ifMatch;
    private final String requestId;
    private final Map<String, String> headers;
    private final Integer maxRetries;
    private final Duration deadline;

    private RequestOptions(Builder b) {
        this.idempotencyKey = b.idempotencyKey;
        this.ifMatch = b.ifMatch;
        this.requestId = b.requestId;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.maxRetries = b.maxRetries;
        this.deadline = b.deadline;
    }

    /**
     * No options: a generated idempotency key on POST, no {@code If-Match}, the client's retries and deadline.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@code Idempotency-Key} of a POST.
     *
     * @return the key given, or null for a generated one
     */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /**
     * The version the change is based on, sent as {@code If-Match}.
     *
     * @return the version, or null for none
     */
    public Long ifMatch() {
        return ifMatch;
    }

    /**
     * The {@code X-Request-Id} to send; the server uses it as the request's id.
     *
     * @return the request id, or null to let the server make one up
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Further headers to send, in the order given.
     *
     * @return the headers, immutable, never null
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * How many times this request is retried.
     *
     * @return the retries, or null for the client's {@code maxRetries}
     */
    public Integer maxRetries() {
        return maxRetries;
    }

    /**
     * How long this request may take overall: every attempt and every pause between attempts.
     *
     * @return the deadline, or null for the client's
     */
    public Duration deadline() {
        return deadline;
    }

    /** An RFC 9110 token: what a header name, or a product in {@code User-Agent}, is made of. */
    static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    @Override
    public String toString() {
        // the idempotency key is no secret, but header values may be (a proxy's credentials): names only
        return "RequestOptions[idempotencyKey=" + idempotencyKey + ", ifMatch=" + ifMatch + ", requestId=" + requestId
                + ", headers=" + headers.keySet() + ", maxRetries=" + maxRetries + ", deadline=" + deadline + "]";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private String idempotencyKey;
        private Long ifMatch;
        private String requestId;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Integer maxRetries;
        private Duration deadline;

        private Builder() {
        }

        /**
         * The {@code Idempotency-Key} of a POST that creates or acts; the server answers a repeat with the first
         * answer for 24 hours. Without one, every POST gets a random key that its retries share. Only for the methods
         * whose javadoc names it; any other fails before sending.
         *
         * @param idempotencyKey 1 to 255 printable ASCII characters
         * @return this builder
         * @throws IllegalArgumentException when the key is blank, too long or not printable ASCII
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255
                    || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("idempotencyKey must be 1 to 255 printable ASCII characters");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * Makes a change conditional on the resource still having this version (the {@code version} of what was
         * read); a newer version fails with a {@link io.soundport.sdk.exception.PreconditionFailedException} and
         * changes nothing. Only for the updates, deletions and actions whose javadoc names it; any other fails before
         * sending.
         *
         * @param version the version read
         * @return this builder
         */
        public Builder ifMatch(long version) {
            this.ifMatch = version;
            return this;
        }

        /**
         * The {@code X-Request-Id} to send, so that the server's logs and answers carry an id of the caller's (a
         * trace id, say).
         *
         * @param requestId 1 to 128 characters of {@code A-Z a-z 0-9 . _ : -}
         * @return this builder
         * @throws IllegalArgumentException when the server would not keep this id
         */
        public Builder requestId(String requestId) {
            if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
                throw new IllegalArgumentException("requestId must be 1 to 128 characters of A-Z a-z 0-9 . _ : -");
            }
            this.requestId = requestId;
            return this;
        }

        /**
         * A further header to send (one value; the last one given for a name wins). The headers the SDK sets itself
         * are refused: {@code Authorization}, {@code X-API-Key}, {@code Idempotency-Key}, {@code If-Match},
         * {@code If-None-Match}, {@code X-Request-Id} (each has its own option or method), {@code Content-Type},
         * {@code Content-Length}, {@code Accept}, {@code User-Agent} (see {@code appInfo} on the client's builder) and
         * the connection's own headers.
         *
         * @param name  a header name
         * @param value its value: visible ASCII, spaces and tabs
         * @return this builder
         * @throws IllegalArgumentException when the name is not a header name or is one the SDK sets, or the value
         *                                  holds a line break or a non-ASCII character
         */
        public Builder header(String name, String value) {
            if (!isToken(name)) {
                throw new IllegalArgumentException("header name must be a token such as X-Trace-Id, was: " + name);
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + " is set by the SDK and cannot be given as a header"
                        + " (use its own option, or the client's builder)");
            }
            if (value == null || !value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7F))) {
                throw new IllegalArgumentException("the value of header " + name
                        + " must be visible ASCII, spaces and tabs, without line breaks");
            }
            headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * How many times this request is retried, instead of the client's {@code maxRetries}.
         *
         * @param maxRetries 0 to 10
         * @return this builder
         * @throws IllegalArgumentException outside 0 to 10
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = SoundportClient.Builder.checkRetries(maxRetries);
            return this;
        }

        /**
         * How long this request may take overall, instead of the client's deadline: every attempt and every pause
         * between attempts. A retry that cannot finish in time is not started, and the exception says the deadline
         * passed.
         *
         * @param deadline a positive duration
         * @return this builder
         * @throws IllegalArgumentException when the duration is not positive
         */
        public Builder deadline(Duration deadline) {
            this.deadline = SoundportClient.Builder.requirePositive(deadline, "deadline");
            return this;
        }

        /**
         * The options.
         *
         * @return new options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
