package io.soundport.application.analytics;

import io.soundport.application.analytics.TrackStreamsQuery.Granularity;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A campaign's analytics over a period, from what was last read from the ad platform: the totals of its days, a
 * point per day or hour of the period (zero where nothing was read), and the totals per country and per publisher
 * platform (most impressions first). {@code asOf} is when the campaign was last read (null: never).
 */
public record CampaignReport(CampaignId campaignId, String name, CampaignStatus status, AnalyticsPeriod period,
                             Granularity granularity, CampaignTotals totals, List<Point> series,
                             List<Slice> byCountry, List<Slice> byPlatform, Instant asOf) {
    public CampaignReport {
        Objects.requireNonNull(campaignId, "campaignId");
        series = List.copyOf(series);
        byCountry = List.copyOf(byCountry);
        byPlatform = List.copyOf(byPlatform);
    }

    /**
     * One day or hour: a day as the platform reports it (its reach counting each person once that day), or an hour as
     * what the readings of that hour added to the reading before (no reach: reaches do not add up).
     */
    public record Point(Instant start, long impressions, Long reach, long clicks, Money spend, long conversions) {
    }

    /** The totals of one country or one publisher platform over the period. */
    public record Slice(String value, CampaignTotals totals) {
    }
}
