package io.soundport.application.analytics;

import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a campaign did over some days, added up: impressions, clicks, spend and conversions. People reached are not
 * among them: a person reached on two days, or in two places, is one person, so reaches do not add up.
 */
public record CampaignTotals(long impressions, long clicks, Money spend, long conversions) {
    /** Decimals of the ratios: click-through rate in percent, costs per click and per thousand impressions. */
    public static final int RATIO_SCALE = 4;

    public CampaignTotals {
        Objects.requireNonNull(spend, "spend");
    }

    public static CampaignTotals none(Currency currency) {
        return new CampaignTotals(0, 0, Money.zero(currency), 0);
    }

    public static CampaignTotals of(CampaignDay day) {
        return new CampaignTotals(day.impressions(), day.clicks(), day.spend(), day.conversions());
    }

    /** Both added up; the spends must be in one currency. */
    public CampaignTotals plus(CampaignTotals other) {
        return new CampaignTotals(Math.addExact(impressions, other.impressions), Math.addExact(clicks, other.clicks),
                spend.plus(other.spend), Math.addExact(conversions, other.conversions));
    }

    /** The amounts added up per currency, by currency code. */
    static List<Money> perCurrency(Stream<Money> amounts) {
        Map<String, Money> sums = new TreeMap<>();
        amounts.forEach(m -> sums.merge(m.currency().getCurrencyCode(), m, Money::plus));
        return List.copyOf(sums.values());
    }

    /** Clicks per 100 impressions; null without impressions. */
    public BigDecimal ctr() {
        return impressions == 0 ? null : BigDecimal.valueOf(clicks).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(impressions), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** Spend per click, in major units of the spend's currency; null without clicks. */
    public BigDecimal cpc() {
        return clicks == 0 ? null : spend.decimal().divide(BigDecimal.valueOf(clicks), RATIO_SCALE,
                RoundingMode.HALF_UP);
    }

    /** Spend per 1,000 impressions, in major units; null without impressions. */
    public BigDecimal cpm() {
        return impressions == 0 ? null : spend.decimal().multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(impressions), RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
