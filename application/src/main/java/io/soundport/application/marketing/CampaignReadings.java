package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link CampaignMonitor} does on Meta: read a running campaign (its lifetime metrics, and its recent days kept
 * in {@link CampaignInsights} for campaign analytics) and stop one that is over. Meta revises a day's figures as
 * late conversions are attributed to it (up to 28 days after), so each reading reads again the last
 * {@value #REVISED_DAYS} days of the campaign, and the days it covers are replaced. The lifetime totals of each reading
 * are kept too, one per UTC hour ({@link CampaignBreakdown#HOURLY_READING}), for the hourly series.
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
        OffsetDateTime utc = now.atOffset(ZoneOffset.UTC);
        LocalDate today = utc.toLocalDate();
        LocalDate from = later(plan.startDate(), today.minusDays(REVISED_DAYS - 1));
        LocalDate to = plan.endDate() == null || plan.endDate().isAfter(today) ? today : plan.endDate();
        List<CampaignDay> days = new ArrayList<>();
        if (!from.isAfter(to)) {
            days.addAll(meta.days(campaign, from, to));
        }
        days.add(new CampaignDay(campaign.id(), today, CampaignBreakdown.HOURLY_READING,
                CampaignBreakdown.hour(utc.getHour()), lifetime.impressions(), lifetime.reach(), lifetime.clicks(),
                lifetime.spend(), lifetime.conversions()));
        insights.put(campaign.organizationId(), days);
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
