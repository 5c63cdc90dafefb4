package io.soundport.resilience;

import java.time.Duration;

/**
 * Thrown by an {@link AnswerReader} that reads, in an answer below 500, that the provider is limiting our calls
 * (Meta's Graph API answers HTTP 400 with error code 4, 17, 32, 613 or 80000-80014): {@link ProviderCalls} then
 * treats the answer as it treats a 429, with {@code retryAfter} (null when the provider did not say) in place of the
 * {@code Retry-After} header: retried if idempotent and the wait is short enough, not held against the circuit
 * breaker, THROTTLED, and SERVICE_UNAVAILABLE once the retries are spent. {@code reason} names the limit in messages
 * ("error code 17"); it must not quote what was sent.
 */
public final class Throttled extends RuntimeException {
    private final transient Duration retryAfter;

    public Throttled(String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** How long the provider asked to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
