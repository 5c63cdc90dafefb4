package io.soundport.application.analytics;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.Money;

import java.util.List;

/**
 * The organization's streams over a period: the totals, the {@value AnalyticsQueries#TOP} tracks and countries with
 * the most streams (most first); and what its campaigns spent on those days, one amount per currency.
 */
public record AnalyticsOverview(AnalyticsPeriod period, Totals totals, List<TrackTotals> topTracks,
                                List<CountryTotals> topCountries, List<Money> campaignSpend) {
    public AnalyticsOverview {
        topTracks = List.copyOf(topTracks);
        topCountries = List.copyOf(topCountries);
        campaignSpend = List.copyOf(campaignSpend);
    }

    /** A track's totals; its title is null once the track left the catalog. */
    public record TrackTotals(TrackId trackId, String title, Totals totals) {
    }

    public record CountryTotals(Country country, Totals totals) {
    }
}
