package io.soundport.application.analytics;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.catalog.TrackId;

import java.util.List;

/**
 * The organization's streams over a period: the totals, the {@value AnalyticsQueries#TOP} tracks and countries with
 * the most streams (most first).
 */
public record AnalyticsOverview(AnalyticsPeriod period, Totals totals, List<TrackTotals> topTracks,
                                List<CountryTotals> topCountries) {
    public AnalyticsOverview {
        topTracks = List.copyOf(topTracks);
        topCountries = List.copyOf(topCountries);
    }

    /** A track's totals; its title is null once the track left the catalog. */
    public record TrackTotals(TrackId trackId, String title, Totals totals) {
    }

    public record CountryTotals(Country country, Totals totals) {
    }
}
