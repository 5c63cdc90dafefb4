package io.soundport.application.analytics;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.catalog.TrackId;

import java.time.Instant;
import java.util.List;

/**
 * One track's streams over a period: the totals, the series (one point per day or hour of the period, those without
 * streams included), and the breakdowns by country and by store (most streams first).
 */
public record TrackStreams(TrackId trackId, String title, TrackStreamsQuery query, Totals totals, List<Point> series,
                           List<ByCountry> byCountry, List<ByStore> byStore) {
    public TrackStreams {
        series = List.copyOf(series);
        byCountry = List.copyOf(byCountry);
        byStore = List.copyOf(byStore);
    }

    /** The streams of the day or hour starting at {@code start}. */
    public record Point(Instant start, Totals totals) {
    }

    public record ByCountry(Country country, Totals totals) {
    }

    public record ByStore(Store store, Totals totals) {
    }
}
