package io.soundport.application.analytics;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;

import java.time.Instant;
import java.util.Objects;

/**
 * A checked stream event whose track is still to be found in the catalog: by id, or by ISRC when the sender knows
 * only that (exactly one of the two is set).
 */
public record RequestedStream(StreamEventKey key, TrackId trackId, Isrc isrc, Store store, Country country,
                              Instant occurredAt, long count, Revenue revenue) {
    public RequestedStream {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((trackId == null) == (isrc == null)) {
            throw new IllegalArgumentException("a stream names its track by id or by ISRC, one of the two");
        }
    }
}
