package io.soundport.sdk.model;

import java.time.LocalDate;

/**
 * What a campaign did on one UTC day, as Meta last reported it; zero on a day without a reading.
 *
 * @param date        the day
 * @param impressions how many times its ads were shown
 * @param reach       people reached that day, each once
 * @param clicks      clicks on its ads
 * @param spend       what it spent
 * @param conversions conversions attributed to the day
 */
public record CampaignDay(LocalDate date, long impressions, long reach, long clicks, Money spend, long conversions) {
}
