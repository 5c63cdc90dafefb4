package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What {@link CampaignMonitor} does on Meta: read a running campaign (its lifetime metrics, and its recent days kept
 * in {@link CampaignInsights} for campaign analytics) and stop one that is over. Meta revises a day's figures as
 * late conversions are attributed to it (up to 28 days after), so each reading reads again the last
 * {@value #REVISED_DAYS} days of the campaign, and the days it covers are replaced.
 */
public final class CampaignReadings {
    /** How many of the campaign's last days each reading reads again, today included. */
    static final int REVISED_DAYS = 28;

    private final CampaignsOnMeta meta;
    private final CampaignInsights insights;

    public CampaignReadings(CampaignsOnMeta meta, CampaignInsights insights) {
        this.meta = meta;
        this.insights = insights;
    }

    /**
     * The campaign's lifetime metrics as Meta reports them now; its days are stored on the way (an idempotent write
     * outside any unit of work: a reading stored twice is the same reading).
     */
    CampaignMetrics read(Campaign campaign, Instant now) {
        CampaignMetrics lifetime = meta.lifetime(campaign, now);
        CampaignPlan plan = campaign.plan();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate from = later(plan.startDate(), today.minusDays(REVISED_DAYS - 1));
        LocalDate to = plan.endDate() == null || plan.endDate().isAfter(today) ? today : plan.endDate();
        if (!from.isAfter(to)) {
            insights.put(campaign.organizationId(), meta.days(campaign, from, to));
        }
        return lifetime;
    }

    /** Stops the campaign's spending on Meta. */
    void pause(Campaign campaign) {
        meta.setStatus(campaign, CampaignStatus.PAUSED);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
