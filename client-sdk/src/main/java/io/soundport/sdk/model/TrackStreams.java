package io.soundport.sdk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One track's streams over a period.
 *
 * @param trackId     the track
 * @param title       its title
 * @param from        the first UTC day
 * @param to          the last UTC day, included
 * @param granularity {@code day} or {@code hour}: what one point of {@code series} covers
 * @param totals      the period's streams and revenue
 * @param series      one point per day or hour of the period, those without streams included
 * @param byCountry   the period's streams per country, most first
 * @param byPartner   the period's streams per store, most first
 */
public record TrackStreams(String trackId, String title, LocalDate from, LocalDate to, String granularity,
                           StreamTotals totals, List<StreamsPoint> series, List<CountryTotals> byCountry,
                           List<PartnerTotals> byPartner) {
}
