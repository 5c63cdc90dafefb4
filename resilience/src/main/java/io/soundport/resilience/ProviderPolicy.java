package io.soundport.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How calls to one outside provider are guarded: the name messages give it ({@code "MusicBrainz"}), how long a
 * connection and a whole call (retries and waits included) may take, how many calls may run at once and how long a
 * call waits for a free place, how often an idempotent call is retried (full-jitter exponential backoff from
 * {@code backoffBase}), the longest {@code Retry-After} waited for, and when the circuit breaker opens (at least
 * {@code breakerMinimumCalls} of the last {@code breakerWindow} attempts, {@code breakerFailureRate} percent of
 * them failed) and for how long.
 *
 * <p>{@link #of(String)} gives the defaults; {@link #builder(String)} changes some of them.
 */
public record ProviderPolicy(String provider, Duration connectTimeout, Duration callTimeout,
                             int maxConcurrentCalls, Duration maxSlotWait, int retries, Duration backoffBase,
                             Duration maxRetryAfter, int breakerWindow, int breakerMinimumCalls,
                             int breakerFailureRate, Duration breakerOpenFor) {
    public ProviderPolicy {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("provider must be named");
        }
        positive(connectTimeout, "connectTimeout");
        positive(callTimeout, "callTimeout");
        notNegative(maxSlotWait, "maxSlotWait");
        notNegative(backoffBase, "backoffBase");
        notNegative(maxRetryAfter, "maxRetryAfter");
        positive(breakerOpenFor, "breakerOpenFor");
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        if (breakerWindow < 1 || breakerMinimumCalls < 1) {
            throw new IllegalArgumentException("breakerWindow and breakerMinimumCalls must be at least 1");
        }
        if (breakerFailureRate < 1 || breakerFailureRate > 100) {
            throw new IllegalArgumentException("breakerFailureRate must be a percentage from 1 to 100");
        }
    }

    /**
     * The defaults: connect 5 s, call 15 s, 10 calls at once with 500 ms to wait for a place, 2 retries from 200 ms,
     * a {@code Retry-After} of up to 5 s waited for, a breaker over the last 10 attempts (at least 5) opening at 50%
     * failed for 30 s.
     */
    public static ProviderPolicy of(String provider) {
        return builder(provider).build();
    }

    public static Builder builder(String provider) {
        return new Builder(provider);
    }

    public Builder toBuilder() {
        return new Builder(provider).connectTimeout(connectTimeout).callTimeout(callTimeout)
                .maxConcurrentCalls(maxConcurrentCalls).maxSlotWait(maxSlotWait).retries(retries)
                .backoffBase(backoffBase).maxRetryAfter(maxRetryAfter)
                .breaker(breakerWindow, breakerMinimumCalls, breakerFailureRate).breakerOpenFor(breakerOpenFor);
    }

    private static void positive(Duration value, String name) {
        notNegative(value, name);
        if (value.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }

    private static void notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    /** Starts from the defaults of {@link #of(String)}. */
    public static final class Builder {
        private final String provider;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration callTimeout = Duration.ofSeconds(15);
        private int maxConcurrentCalls = 10;
        private Duration maxSlotWait = Duration.ofMillis(500);
        private int retries = 2;
        private Duration backoffBase = Duration.ofMillis(200);
        private Duration maxRetryAfter = Duration.ofSeconds(5);
        private int breakerWindow = 10;
        private int breakerMinimumCalls = 5;
        private int breakerFailureRate = 50;
        private Duration breakerOpenFor = Duration.ofSeconds(30);

        private Builder(String provider) {
            this.provider = provider;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The whole call: waiting for a place and a turn, every attempt with its answer's body, every backoff. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public Builder maxConcurrentCalls(int maxConcurrentCalls) {
            this.maxConcurrentCalls = maxConcurrentCalls;
            return this;
        }

        public Builder maxSlotWait(Duration maxSlotWait) {
            this.maxSlotWait = maxSlotWait;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        public Builder backoffBase(Duration backoffBase) {
            this.backoffBase = backoffBase;
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Opens when at least {@code minimumCalls} of the last {@code window} attempts were recorded and
         * {@code failureRate} percent of them failed. */
        public Builder breaker(int window, int minimumCalls, int failureRate) {
            this.breakerWindow = window;
            this.breakerMinimumCalls = minimumCalls;
            this.breakerFailureRate = failureRate;
            return this;
        }

        public Builder breakerOpenFor(Duration breakerOpenFor) {
            this.breakerOpenFor = breakerOpenFor;
            return this;
        }

        public ProviderPolicy build() {
            return new ProviderPolicy(provider, connectTimeout, callTimeout, maxConcurrentCalls, maxSlotWait, retries,
                    backoffBase, maxRetryAfter, breakerWindow, breakerMinimumCalls, breakerFailureRate,
                    breakerOpenFor);
        }
    }
}
