package io.soundport.sdk.model;

import java.util.List;

/**
 * A campaign's insights over a period.
 *
 * @param currency  the ISO 4217 currency of every amount, null without rows
 * @param truncated true when Meta had more pages than the server reads at once: ask for a shorter period or fewer
 *                  breakdowns
 * @param data      the rows
 */
public record MetaInsights(String currency, boolean truncated, List<MetaInsightsRow> data) {
}
