package io.soundport.adapters.local;

import io.soundport.domain.port.Clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The machine's clock, in UTC. Truncated to microseconds, the precision PostgreSQL keeps, so that a time
 * read back from any store equals the one written (ETags and cursors depend on it).
 */
public final class SystemClock implements Clock {
    private final java.time.Clock clock;

    public SystemClock() {
        this(java.time.Clock.systemUTC());
    }

    public SystemClock(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
