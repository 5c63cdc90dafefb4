package io.soundport.sdk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's results over a period, from the daily insights the server last read from Meta (every hour by default
 * while the campaign runs).
 *
 * @param campaignId  the campaign
 * @param name        its name
 * @param status      its status now
 * @param from        the first UTC day
 * @param to          the last UTC day, included
 * @param granularity {@code day} or {@code hour}: what one point of {@code series} covers
 * @param totals      the totals of the period's days
 * @param series      one point per day or hour of the period, those without a reading included
 * @param byCountry   the period's totals per country, most impressions first
 * @param byPlatform  the period's totals per publisher platform, most impressions first
 * @param asOf        when Meta was last read; null before the first reading
 */
public record CampaignAnalytics(String campaignId, String name, CampaignStatus status, LocalDate from, LocalDate to,
                                String granularity, CampaignTotals totals, List<CampaignPoint> series,
                                List<CampaignCountryTotals> byCountry, List<CampaignPlatformTotals> byPlatform,
                                Instant asOf) {
}
