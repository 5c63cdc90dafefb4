package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * One instance of an upstream service as the answering server sees it: health checks and breakers are kept per
 * server.
 *
 * @param url                  the instance's URL
 * @param healthy              whether it is in the rotation (the health checks have not taken it out)
 * @param consecutiveFailures  failed health checks in a row
 * @param consecutiveSuccesses passed health checks in a row
 * @param lastCheckedAt        when it was last checked, or null before the first check
 * @param breakerValue         the breaker state as sent; {@link #breaker()} reads it as an enum
 */
public record UpstreamInstance(String url, boolean healthy, int consecutiveFailures, int consecutiveSuccesses,
                               Instant lastCheckedAt, @JsonProperty("breaker") String breakerValue) {
    /**
     * The state of the instance's circuit breaker.
     *
     * @return the state, {@link BreakerState#UNKNOWN} for one this SDK does not know
     */
    public BreakerState breaker() {
        return BreakerState.fromValue(breakerValue);
    }
}
