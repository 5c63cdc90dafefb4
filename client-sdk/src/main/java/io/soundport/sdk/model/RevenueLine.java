package io.soundport.sdk.model;

/**
 * One store's streams and revenue in one month.
 *
 * @param month   the month, {@code 2026-11}
 * @param partner the store
 * @param totals  its streams and revenue that month
 */
public record RevenueLine(String month, String partner, StreamTotals totals) {
}
