package io.soundport.application.analytics;

import io.soundport.domain.analytics.Store;

import java.time.YearMonth;
import java.util.List;

/**
 * Streams and revenue per store and month over a period (months in order, then stores by name), and the period's
 * totals per store.
 */
public record RevenueReport(RevenuePeriod period, List<Line> lines, Totals totals) {
    public RevenueReport {
        lines = List.copyOf(lines);
    }

    public record Line(YearMonth month, Store store, Totals totals) {
    }
}
