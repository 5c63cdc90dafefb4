package io.soundport.resilience;

import java.time.Duration;

/**
 * Hears how every call to a provider ended and how long it took (waits and retries included), for metrics. Called
 * on the caller's thread after the call; it must be quick, and what it throws is ignored.
 */
@FunctionalInterface
public interface CallObserver {
    CallObserver NONE = (provider, outcome, duration) -> {
    };

    void observe(String provider, CallOutcome outcome, Duration duration);
}
