package io.soundport.sdk.model;

import java.time.Instant;

/**
 * What a campaign has done over its life, as the ad platform last reported it (every hour by default).
 *
 * @param spend       what it spent, in the budget's currency
 * @param impressions times its ads were shown
 * @param reach       people who saw them
 * @param clicks      clicks on them
 * @param conversions conversions they led to
 * @param asOf        when these were read, or null before the first reading
 */
public record CampaignMetrics(Money spend, long impressions, long reach, long clicks, long conversions,
                              Instant asOf) {
}
