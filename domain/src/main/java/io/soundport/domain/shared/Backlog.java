package io.soundport.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How much work waits in a queue (the outbox, the jobs of one type) and since when: for metrics and alerts, never
 * for a business decision.
 *
 * @param depth  how many items the queue holds
 * @param oldest when the oldest item that is waiting became due; empty when none is
 */
public record Backlog(long depth, Optional<Instant> oldest) {
    public static final Backlog EMPTY = new Backlog(0, Optional.empty());

    public Backlog {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative");
        }
        Objects.requireNonNull(oldest, "oldest");
    }

    /** How long the oldest item has waited at {@code now}; zero when none waits (or it is not due yet). */
    public Duration age(Instant now) {
        return oldest.filter(o -> o.isBefore(now)).map(o -> Duration.between(o, now)).orElse(Duration.ZERO);
    }
}
