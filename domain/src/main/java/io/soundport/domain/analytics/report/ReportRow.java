package io.soundport.domain.analytics.report;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One data row of a sales report, read: a line to count, or a rejection with its reasons. */
public sealed interface ReportRow {
    /** The row's number in the file, the header being row 1. */
    long row();

    /**
     * Plays of a track (by id or by ISRC: exactly one is set) a report row tells of. Its key is the row's own id, or
     * one made from what the row says and how many identical rows came before it in the file, so that the same file
     * imported again counts nothing twice.
     */
    record Line(long row, StreamEventKey key, TrackId trackId, Isrc isrc, Store store, Country country,
                Instant occurredAt, long count, Revenue revenue) implements ReportRow {
        public Line {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if ((trackId == null) == (isrc == null)) {
                throw new IllegalArgumentException("a line names its track by id or by ISRC, one of the two");
            }
        }
    }

    /** A row that is not counted, and why (each reason names the column). */
    record Rejected(long row, List<String> reasons) implements ReportRow {
        public Rejected {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection says why");
            }
        }
    }
}
