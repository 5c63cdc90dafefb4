package io.soundport.resilience;

import java.time.Duration;

/**
 * Spaces a provider's requests to the rate it takes: {@link ProviderCalls} asks it before every attempt, retries
 * included. It either returns when the attempt may go, or throws {@code DomainException.unavailable} at once when
 * its turn is further away than it may wait ({@code atMost}: what is left of the call's time).
 */
@FunctionalInterface
public interface Pacer {
    Pacer NONE = atMost -> {
    };

    void awaitTurn(Duration atMost);

    /**
     * Hears that an attempt is being written to the provider now, its connection made: a pacer may space the next
     * attempt from this moment rather than from when the turn was given.
     */
    default void sending() {
    }
}
