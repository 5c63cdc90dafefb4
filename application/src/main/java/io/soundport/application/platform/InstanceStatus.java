package io.soundport.application.platform;

import io.soundport.domain.platform.BreakerState;

import java.time.Instant;

/**
 * One instance of a service as this server sees it now: healthy by its active checks, the failed or passed checks in
 * a row, when it was last checked (null before the first check), and its circuit breaker.
 */
public record InstanceStatus(String url, boolean healthy, int consecutiveFailures, int consecutiveSuccesses,
                             Instant lastCheckedAt, BreakerState breaker) {
}
