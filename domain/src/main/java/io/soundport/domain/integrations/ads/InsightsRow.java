package io.soundport.domain.integrations.ads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One row of insights: the days it covers, its counts, the amounts in the account's currency as exact decimals
 * ({@code spend}; {@code cpm} is the cost per 1,000 impressions and {@code cpc} per click, which Meta gives with more
 * decimals than the currency has), {@code ctr} as a percentage (clicks per 100 impressions), and the value of each
 * breakdown asked for. A ratio Meta leaves out (no impression, no click) is null.
 */
public record InsightsRow(LocalDate dateStart, LocalDate dateStop, long impressions, long reach, long clicks,
                          BigDecimal spend, BigDecimal conversions, BigDecimal cpm, BigDecimal ctr, BigDecimal cpc,
                          Map<Breakdown, String> breakdowns) {
    public InsightsRow {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(conversions, "conversions");
        breakdowns = breakdowns == null ? Map.of() : Map.copyOf(breakdowns);
    }
}
