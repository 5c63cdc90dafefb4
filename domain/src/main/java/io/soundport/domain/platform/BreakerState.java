package io.soundport.domain.platform;

/** The state of an instance's circuit breaker. */
public enum BreakerState {
    /** Calls go through. */
    CLOSED,
    /** Recent calls failed: the instance is skipped without a call until the breaker lets a trial through. */
    OPEN,
    /** A few trial calls go through; their outcome closes or opens the breaker again. */
    HALF_OPEN
}
