package io.soundport.domain.analytics;

import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * Streams of one track, counted once: {@code count} plays on a store in a country at a moment, with what they
 * earned if the sender knows it (null otherwise). The key makes it idempotent: a fact whose key the organization
 * already recorded is not counted again.
 */
public record StreamFact(StreamEventKey key, TrackId trackId, Store store, Country country, Instant occurredAt,
                         long count, Revenue revenue) {
    /** The most plays one fact may carry (a report's row for a month of a hit in one country stays far below). */
    public static final long MAX_COUNT = 1_000_000_000L;

    public StreamFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (count < 1 || count > MAX_COUNT) {
            throw DomainException.invalid("count", "must be from 1 to " + MAX_COUNT);
        }
    }
}
