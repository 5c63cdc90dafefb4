package io.soundport.sdk;

import java.time.Duration;

/**
 * Per-request settings, given as the optional last argument of any SDK method:
 * <pre>{@code
 * client.releases().update(id, params, RequestOptions.builder().ifMatch(release.version()).build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null, null);

    private final String idempotencyKey;
    private final Long ifMatch;
    private final Duration timeout;

    private RequestOptions(String idempotencyKey, Long ifMatch, Duration timeout) {
        this.idempotencyKey = idempotencyKey;
        this.ifMatch = ifMatch;
        this.timeout = timeout;
    }

    /**
     * No options: a generated idempotency key on POST, no {@code If-Match}, the client's timeouts.
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
     * How long one attempt of the request may take, overall.
     *
     * @return the timeout, or null for the client's connect and read timeouts
     */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "RequestOptions[idempotencyKey=" + idempotencyKey + ", ifMatch=" + ifMatch + ", timeout=" + timeout + "]";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private String idempotencyKey;
        private Long ifMatch;
        private Duration timeout;

        private Builder() {
        }

        /**
         * The {@code Idempotency-Key} of a POST; the server answers a repeat with the first answer for 24 hours.
         * Without one, every POST gets a random key that its retries share.
         *
         * @param idempotencyKey up to 255 printable characters
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                throw new IllegalArgumentException("idempotencyKey must not be blank");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * Makes an update, a submission or a takedown conditional on the resource still having this version (the
         * {@code version} of what was read); a newer version fails with a
         * {@link io.soundport.sdk.exception.PreconditionFailedException}.
         *
         * @param version the version read
         * @return this builder
         */
        public Builder ifMatch(long version) {
            this.ifMatch = version;
            return this;
        }

        /**
         * How long one attempt may take overall, instead of the client's connect and read timeouts.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The options.
         *
         * @return new options
         */
        public RequestOptions build() {
            return new RequestOptions(idempotencyKey, ifMatch, timeout);
        }
    }
}
