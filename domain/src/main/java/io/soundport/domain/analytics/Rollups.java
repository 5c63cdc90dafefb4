package io.soundport.domain.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What recording stream facts adds to each {@link Series}: every fact counts in every series, but only facts of
 * the last {@link #REALTIME_WINDOW} in {@link Series#TRACK_MINUTE} (an imported report's months-old rows have no
 * place in a minute-by-minute view).
 */
public final class Rollups {
    /** How far back the per-minute counts reach; older minute rows are dropped by the backends. */
    public static final Duration REALTIME_WINDOW = Duration.ofMinutes(60);
    /** How far ahead of the clock a stream may be and still count in real time (clocks of senders differ). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Rollups() {
    }

    /** The increments of these facts, one row per key (merged), in {@link RollupRow#KEY_ORDER}. */
    public static List<RollupRow> increments(Collection<StreamFact> facts, Instant now) {
        Map<RollupRow, RollupRow> rows = new TreeMap<>(RollupRow.KEY_ORDER);
        Instant realtimeFrom = now.minus(REALTIME_WINDOW);
        Instant realtimeTo = now.plus(CLOCK_SKEW);
        for (StreamFact fact : facts) {
            String currency = fact.revenue() == null ? "" : fact.revenue().currency().getCurrencyCode();
            long micros = fact.revenue() == null ? 0 : fact.revenue().micros();
            String track = fact.trackId().value();
            Instant at = fact.occurredAt();
            add(rows, new RollupRow(Series.DAILY, "", Bucket.DAY.of(at), "", currency, fact.count(), micros));
            add(rows, new RollupRow(Series.TRACK_DAILY, "", Bucket.DAY.of(at), track, currency, fact.count(), micros));
            add(rows, new RollupRow(Series.COUNTRY_DAILY, "", Bucket.DAY.of(at), fact.country().code(), currency,
                    fact.count(), micros));
            add(rows, new RollupRow(Series.STORE_MONTHLY, "", Bucket.MONTH.of(at), fact.store().name(), currency,
                    fact.count(), micros));
            add(rows, new RollupRow(Series.TRACK_BREAKDOWN, track, Bucket.DAY.of(at),
                    breakdown(fact.country(), fact.store()), currency, fact.count(), micros));
            add(rows, new RollupRow(Series.TRACK_HOURLY, track, Bucket.HOUR.of(at), "", currency, fact.count(), micros));
            if (!at.isBefore(realtimeFrom) && !at.isAfter(realtimeTo)) {
                add(rows, new RollupRow(Series.TRACK_MINUTE, track, Bucket.MINUTE.of(at), "", currency, fact.count(),
                        micros));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The first minute bucket still in the real-time window at {@code now}: older minute rows may be dropped. */
    public static String oldestRealtimeMinute(Instant now) {
        return Bucket.MINUTE.of(now.minus(REALTIME_WINDOW));
    }

    /** The dimensions of a {@link Series#TRACK_BREAKDOWN} row. */
    public static String breakdown(Country country, Store store) {
        return country.code() + "|" + store.name();
    }

    /** The country of a {@link Series#TRACK_BREAKDOWN} row's dimensions. */
    public static String breakdownCountry(String dims) {
        return dims.substring(0, dims.indexOf('|'));
    }

    /** The store of a {@link Series#TRACK_BREAKDOWN} row's dimensions. */
    public static String breakdownStore(String dims) {
        return dims.substring(dims.indexOf('|') + 1);
    }

    private static void add(Map<RollupRow, RollupRow> rows, RollupRow increment) {
        rows.merge(increment, increment, (a, b) -> a.plus(b.streams(), b.revenueMicros()));
    }
}
