package io.soundport.resilience;

/** How one call to a provider ended, as a {@link CallObserver} hears it. */
public enum CallOutcome {
    /** A 2xx or 3xx answer, read. */
    SUCCESS,
    /** A 4xx answer (but 429), handed to the reader: the provider is well, the request was not. */
    CLIENT_ERROR,
    /** No usable answer: a timeout, a dropped connection, a 5xx after the retries, an unreadable body. */
    FAILURE,
    /** The provider asked to be left alone (429, or a {@code Retry-After} longer than the policy waits for). */
    THROTTLED,
    /** Refused before sending: no free place in the bulkhead, or no request slot near enough. */
    REJECTED,
    /** Refused before sending: the circuit breaker is open. */
    BREAKER_OPEN
}
