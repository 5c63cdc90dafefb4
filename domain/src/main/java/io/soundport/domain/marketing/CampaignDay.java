package io.soundport.domain.marketing;

import io.soundport.domain.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a campaign did on one UTC day, as the ad platform reported it, in one slice of that day: the whole day
 * ({@link CampaignBreakdown#NONE}, {@code value} empty), or one country or one publisher platform ({@code value}
 * names it). Spend is in the budget's currency; {@code reach} counts people once within the day and the slice only,
 * so reaches never add up across days or slices. A later reading of the same day replaces the earlier one (the
 * platform revises recent days as late conversions come in).
 */
public record CampaignDay(CampaignId campaignId, LocalDate day, CampaignBreakdown breakdown, String value,
                          long impressions, long reach, long clicks, Money spend, long conversions) {
    /** The longest slice value kept (Meta's values are short names and two-letter countries). */
    public static final int MAX_VALUE_LENGTH = 64;

    public CampaignDay {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(spend, "spend");
        if (breakdown == CampaignBreakdown.NONE != value.isEmpty()) {
            throw new IllegalArgumentException("a day's totals have no slice value, and a slice has one");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("a slice value has at most " + MAX_VALUE_LENGTH + " characters");
        }
        if (spend.isNegative() || impressions < 0 || reach < 0 || clicks < 0 || conversions < 0) {
            throw new IllegalArgumentException("a day's metrics are never negative");
        }
    }
}
