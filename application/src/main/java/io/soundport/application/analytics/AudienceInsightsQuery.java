package io.soundport.application.analytics;

import io.soundport.domain.marketing.AudienceId;

import java.util.Objects;

/** What the campaigns targeting an audience did over a period; by default the last 30 days, today included. */
public record AudienceInsightsQuery(AudienceId audienceId, OpenPeriod period) {
    public AudienceInsightsQuery {
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(period, "period");
    }

    public static AudienceInsightsQuery of(AudienceId audienceId, String from, String to) {
        return new AudienceInsightsQuery(audienceId, OpenPeriod.of(from, to));
    }
}
