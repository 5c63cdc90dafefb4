package io.soundport.application.analytics;

import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.RollupRow;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Streams and what they earned, one amount per currency (ordered by code; none when no revenue is known). */
public record Totals(long streams, List<Revenue> revenue) {
    public static final Totals NONE = new Totals(0, List.of());

    public Totals {
        revenue = List.copyOf(revenue);
    }

    /** The sum of rows, each adding its streams and, under its currency, its revenue. */
    public static Totals of(Iterable<RollupRow> rows) {
        Adder adder = new Adder();
        rows.forEach(adder::add);
        return adder.totals();
    }

    /** Orders by streams, most first, then by {@code tieBreak}. */
    static <T> Comparator<T> mostStreamsFirst(java.util.function.Function<T, Totals> totals,
                                             Comparator<T> tieBreak) {
        return Comparator.<T>comparingLong(t -> totals.apply(t).streams()).reversed().thenComparing(tieBreak);
    }

    /** Adds rows up. */
    static final class Adder {
        private long streams;
        private final Map<String, Long> micros = new TreeMap<>();

        void add(RollupRow row) {
            streams = Math.addExact(streams, row.streams());
            if (!row.currency().isEmpty()) {
                micros.merge(row.currency(), row.revenueMicros(), Math::addExact);
            }
        }

        Totals totals() {
            return new Totals(streams, micros.entrySet().stream()
                    .map(e -> new Revenue(e.getValue(), Currency.getInstance(e.getKey()))).toList());
        }
    }
}
