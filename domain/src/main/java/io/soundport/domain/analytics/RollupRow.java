package io.soundport.domain.analytics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One row of a {@link Series}: within {@code scope} (a track id, or {@code ""}), the {@code bucket} of time, one
 * value of the series' dimensions ({@code dims}, {@code ""} when it has none) and one revenue currency
 * ({@code ""} for streams whose revenue is not known): how many streams, and their revenue in micros. A backend
 * adds an increment to the row of the same key, or starts it.
 */
public record RollupRow(Series series, String scope, String bucket, String dims, String currency, long streams,
                        long revenueMicros) {
    /** The order rows are written in, so that two batches touching the same rows lock them in the same order. */
    public static final Comparator<RollupRow> KEY_ORDER = Comparator.comparing(RollupRow::series)
            .thenComparing(RollupRow::scope).thenComparing(RollupRow::bucket).thenComparing(RollupRow::dims)
            .thenComparing(RollupRow::currency);

    public RollupRow {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(currency, "currency");
    }

    /** The same key with both measures added. */
    public RollupRow plus(long moreStreams, long moreMicros) {
        return new RollupRow(series, scope, bucket, dims, currency, Math.addExact(streams, moreStreams),
                Math.addExact(revenueMicros, moreMicros));
    }

    /** Whether {@code other} is the row of the same key. */
    public boolean sameKey(RollupRow other) {
        return KEY_ORDER.compare(this, other) == 0;
    }
}
