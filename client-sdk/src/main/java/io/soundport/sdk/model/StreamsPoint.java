package io.soundport.sdk.model;

import java.time.Instant;

/**
 * The streams of one day or hour.
 *
 * @param start  when the day or hour starts (UTC)
 * @param totals its streams and revenue
 */
public record StreamsPoint(Instant start, StreamTotals totals) {
}
