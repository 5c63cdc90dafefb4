package io.soundport.sdk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The organization's streams over a period of UTC days.
 *
 * @param from         the first day
 * @param to           the last day, included
 * @param totals       all streams and revenue of the period
 * @param topTracks    the 10 tracks with the most streams, most first
 * @param topCountries the 10 countries with the most streams, most first
 * @param campaignSpend what the campaigns spent on those days, one amount per currency, as Meta last reported it
 */
public record AnalyticsOverview(LocalDate from, LocalDate to, StreamTotals totals, List<TopTrack> topTracks,
                                List<CountryTotals> topCountries, List<Money> campaignSpend) {
}
