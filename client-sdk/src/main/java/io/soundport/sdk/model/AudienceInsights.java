package io.soundport.sdk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the campaigns that target an audience did over a period. Meta does not split a campaign's results by
 * audience: a campaign that targets several audiences counts whole in each.
 *
 * @param audienceId  the audience
 * @param name        its name
 * @param memberCount people in it (0 for a lookalike)
 * @param from        the first UTC day
 * @param to          the last UTC day, included
 * @param campaigns   the campaigns that target it (at most 100), most impressions first
 * @param impressions their impressions, added up
 * @param clicks      their clicks, added up
 * @param spend       what they spent, one amount per currency
 * @param conversions their conversions, added up
 */
public record AudienceInsights(String audienceId, String name, long memberCount, LocalDate from, LocalDate to,
                               List<AudienceCampaignTotals> campaigns, long impressions, long clicks,
                               List<Money> spend, long conversions) {
}
