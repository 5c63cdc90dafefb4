package io.soundport.domain.marketing;

import io.soundport.domain.shared.Money;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * What a campaign has done so far, as the ad platform last reported it over its whole life: spend in the budget's
 * currency, impressions, people reached, clicks and conversions; {@code asOf} is when they were read (null before the
 * first reading).
 */
public record CampaignMetrics(Money spend, long impressions, long reach, long clicks, long conversions,
                              Instant asOf) {
    public CampaignMetrics {
        Objects.requireNonNull(spend, "spend");
        if (spend.isNegative() || impressions < 0 || reach < 0 || clicks < 0 || conversions < 0) {
            throw new IllegalArgumentException("metrics are never negative");
        }
    }

    /** Nothing yet, in the budget's currency. */
    public static CampaignMetrics none(Currency currency) {
        return new CampaignMetrics(Money.zero(currency), 0, 0, 0, 0, null);
    }
}
