package io.soundport.application.analytics;

import io.soundport.domain.marketing.CampaignId;

import java.util.Objects;

/** A campaign's analytics over a period; a bound left out is the campaign's own (its start, its end or today). */
public record CampaignAnalyticsQuery(CampaignId campaignId, OpenPeriod period) {
    public CampaignAnalyticsQuery {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(period, "period");
    }

    public static CampaignAnalyticsQuery of(CampaignId campaignId, String from, String to) {
        return new CampaignAnalyticsQuery(campaignId, OpenPeriod.of(from, to));
    }
}
