package io.soundport.sdk.model;

import java.util.List;

/**
 * Streams and revenue per store and month.
 *
 * @param from   the first month, {@code 2026-01}
 * @param to     the last month, included
 * @param lines  one line per month and store, months in order, then stores by name
 * @param totals the period's streams and revenue
 */
public record RevenueReport(String from, String to, List<RevenueLine> lines, StreamTotals totals) {
}
