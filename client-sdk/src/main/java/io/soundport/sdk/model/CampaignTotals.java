package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * What a campaign did over some days, added up. People reached are not summed: a person reached on two days is one
 * person (each day of a {@link CampaignPoint} series has its own reach).
 *
 * @param impressions how many times its ads were shown
 * @param clicks      clicks on them
 * @param spend       what it spent
 * @param conversions conversions attributed to it
 * @param ctr         clicks per 100 impressions; null without impressions
 * @param cpc         spend per click, in major units; null without clicks
 * @param cpm         spend per 1,000 impressions, in major units; null without impressions
 */
public record CampaignTotals(long impressions, long clicks, Money spend, long conversions,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ctr,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cpc,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cpm) {
}
