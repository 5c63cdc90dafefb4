package io.soundport.application.analytics;

import io.soundport.application.analytics.TrackStreamsQuery.Granularity;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A campaign's analytics over a period, per day or per hour ({@value TrackStreamsQuery#MAX_HOURLY_DAYS} days at most
 * per hour); a bound left out is the campaign's own (its start, its end or today).
 */
public record CampaignAnalyticsQuery(CampaignId campaignId, OpenPeriod period, Granularity granularity) {
    public CampaignAnalyticsQuery {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(granularity, "granularity");
    }

    /** {@code granularity} {@code day} (the default when null) or {@code hour}; every invalid field at once. */
    public static CampaignAnalyticsQuery of(CampaignId campaignId, String from, String to, String granularity) {
        Validation v = new Validation();
        OpenPeriod period = v.nested("", () -> OpenPeriod.of(from, to));
        Granularity g = v.field("granularity", () -> TrackStreamsQuery.granularity(granularity));
        v.throwIfInvalid();
        return new CampaignAnalyticsQuery(campaignId, period, g);
    }
}
