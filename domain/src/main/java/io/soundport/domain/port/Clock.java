package io.soundport.domain.port;

import java.time.Instant;

/** The time, as the core sees it; tests move it by hand. */
@FunctionalInterface
public interface Clock {
    Instant now();
}
