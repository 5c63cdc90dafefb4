package io.soundport.sdk.model;

import java.util.List;

/**
 * Streams and what they earned.
 *
 * @param streams plays counted
 * @param revenue one amount per currency, ordered by currency code; empty when the revenue is unknown
 */
public record StreamTotals(long streams, List<RevenueTotal> revenue) {
}
