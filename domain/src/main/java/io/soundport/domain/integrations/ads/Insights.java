package io.soundport.domain.integrations.ads;

import java.util.Currency;
import java.util.List;

/**
 * The rows of an insights query, every page Meta had up to {@link AdsPlatform#MAX_PAGES}: {@code truncated} says
 * more were left unread. {@code currency} is the account's, in which every amount is (null when no row came back).
 */
public record Insights(List<InsightsRow> rows, Currency currency, boolean truncated) {
    public Insights {
        rows = List.copyOf(rows);
    }
}
