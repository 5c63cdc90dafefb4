package io.soundport.application.analytics;

import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A campaign's analytics over a period, from the daily insights last read from the ad platform: the totals, one
 * {@link CampaignBreakdown#NONE} day per day of the period (zero on days without a reading, reach included), and
 * the totals per country and per publisher platform (most impressions first). {@code asOf} is when the campaign was
 * last read (null: never).
 */
public record CampaignReport(CampaignId campaignId, String name, CampaignStatus status, AnalyticsPeriod period,
                             CampaignTotals totals, List<CampaignDay> days, List<Slice> byCountry,
                             List<Slice> byPlatform, Instant asOf) {
    public CampaignReport {
        Objects.requireNonNull(campaignId, "campaignId");
        days = List.copyOf(days);
        byCountry = List.copyOf(byCountry);
        byPlatform = List.copyOf(byPlatform);
    }

    /** The totals of one country or one publisher platform over the period. */
    public record Slice(String value, CampaignTotals totals) {
    }
}
