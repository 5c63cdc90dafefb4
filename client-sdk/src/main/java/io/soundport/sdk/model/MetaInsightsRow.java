package io.soundport.sdk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of a campaign's insights. Amounts are exact decimals in the account's currency.
 *
 * @param dateStart   the first day the row covers
 * @param dateStop    the last day it covers
 * @param impressions times the ads were shown
 * @param reach       people who saw them
 * @param clicks      clicks on them
 * @param spend       the amount spent
 * @param conversions the conversions counted
 * @param cpm         the cost per 1000 impressions, or null
 * @param ctr         clicks per 100 impressions, in percent, or null
 * @param cpc         the cost per click, or null
 * @param breakdowns  the value of each breakdown asked for, by its name ({@code gender} → {@code female})
 */
public record MetaInsightsRow(LocalDate dateStart, LocalDate dateStop, long impressions, long reach, long clicks,
                              BigDecimal spend, BigDecimal conversions, BigDecimal cpm, BigDecimal ctr, BigDecimal cpc,
                              Map<String, String> breakdowns) {
}
