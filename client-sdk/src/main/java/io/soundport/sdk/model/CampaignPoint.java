package io.soundport.sdk.model;

import java.time.Instant;

/**
 * What a campaign did in one UTC day or hour: a day as Meta last reported it, an hour as what the server's readings of
 * Meta in that hour added to the reading before; zero where nothing was read.
 *
 * @param start       the start of the day or hour
 * @param impressions how many times its ads were shown
 * @param reach       people reached that day, each once; null for an hour
 * @param clicks      clicks on its ads
 * @param spend       what it spent
 * @param conversions conversions attributed to it
 */
public record CampaignPoint(Instant start, long impressions, Long reach, long clicks, Money spend, long conversions) {
}
