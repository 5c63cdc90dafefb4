package io.soundport.domain.platform;

/**
 * The gateway's outbound calls to service instances, each behind the SSRF guard (checked again on the resolved
 * addresses), bounded by a connect and a total timeout, and behind a circuit breaker per instance. The transport
 * drops hop-by-hop headers both ways, the caller's credentials and any identity headers the caller sent, and adds
 * the signed identity.
 */
public interface Upstreams {
    /**
     * Sends the request to the instance (its base URL, as registered) and returns as soon as the answer's head has
     * come; the body of an {@link UpstreamAttempt.Answered} streams from then on. Never throws for a failure of the
     * instance: that is an outcome.
     */
    UpstreamAttempt send(String instance, UpstreamRequest request);

    /** GETs {@code path} on the instance, outside its breaker: true for a 2xx answer within the timeouts. */
    boolean probe(String instance, String path);

    /** The state of the instance's circuit breaker now ({@link BreakerState#CLOSED} when it was never called). */
    BreakerState breaker(String instance);
}
