package io.soundport.application.analytics;

import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.shared.Money;

import java.util.List;
import java.util.Objects;

/**
 * What the campaigns that target an audience did over a period: each campaign's totals (most impressions first),
 * then all of them added up, spend once per currency. The ad platform does not split a campaign's results by
 * audience, so a campaign targeting several audiences counts whole in each.
 */
public record AudienceReport(Audience audience, AnalyticsPeriod period, List<CampaignLine> campaigns,
                             long impressions, long clicks, List<Money> spend, long conversions) {
    /** The most campaigns an audience report names; the ones after are left out (by id). */
    public static final int MAX_CAMPAIGNS = 100;

    public AudienceReport {
        Objects.requireNonNull(audience, "audience");
        campaigns = List.copyOf(campaigns);
        spend = List.copyOf(spend);
    }

    /** The report of these campaigns' lines, added up. */
    static AudienceReport of(Audience audience, AnalyticsPeriod period, List<CampaignLine> lines) {
        long impressions = 0;
        long clicks = 0;
        long conversions = 0;
        for (CampaignLine line : lines) {
            impressions = Math.addExact(impressions, line.totals().impressions());
            clicks = Math.addExact(clicks, line.totals().clicks());
            conversions = Math.addExact(conversions, line.totals().conversions());
        }
        return new AudienceReport(audience, period, lines, impressions, clicks,
                CampaignTotals.perCurrency(lines.stream().map(line -> line.totals().spend())), conversions);
    }

    public record CampaignLine(CampaignId campaignId, String name, CampaignStatus status, CampaignTotals totals) {
    }
}
