package io.soundport.sdk.model;

/**
 * A track with many streams in a period.
 *
 * @param trackId the track
 * @param title   its title; null once the track left the catalog
 * @param totals  its streams and revenue in the period
 */
public record TopTrack(String trackId, String title, StreamTotals totals) {
}
