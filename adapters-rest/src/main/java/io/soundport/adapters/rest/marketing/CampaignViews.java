package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.GoalMetric;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the campaign endpoints answer. */
final class CampaignViews {
    private CampaignViews() {
    }

    @Schema(name = "CampaignGoalView")
    record GoalView(@Schema(implementation = GoalMetric.class) String metric, long target) {
    }

    @Schema(name = "CampaignMetrics", description = "What the campaign has done over its life, as the ad platform "
            + "last reported it (every hour by default); as_of is null before the first reading")
    record MetricsView(AmountView spend, long impressions, long reach, long clicks, long conversions,
                       @Nullable Instant asOf) {
        static MetricsView of(CampaignMetrics m) {
            return new MetricsView(AmountView.of(m.spend()), m.impressions(), m.reach(), m.clicks(),
                    m.conversions(), m.asOf());
        }
    }

    @Schema(name = "Campaign", description = "A marketing campaign: DRAFT → ACTIVE ↔ PAUSED → COMPLETED (its end "
            + "date passed or its budget spent), or ARCHIVED")
    record CampaignView(String id, String name,
                        @Schema(implementation = CampaignObjective.class) String objective,
                        @Nullable String releaseId, @Nullable String trackId, AmountView budget,
                        @Nullable AmountView dailyBudget, LocalDate startDate, @Nullable LocalDate endDate,
                        List<String> audienceIds, @Nullable String adAccountId, @Nullable GoalView goal,
                        @Schema(implementation = CampaignStatus.class) String status,
                        @Nullable @Schema(description = "the Meta campaign it runs as, once launched in an ad account")
                        String metaCampaignId,
                        MetricsView metrics, boolean budgetWarned, boolean goalReached, Instant createdAt,
                        Instant updatedAt, long version) {
        static CampaignView of(Campaign c) {
            CampaignPlan p = c.plan();
            return new CampaignView(c.id().value(), p.name(), p.objective().name(),
                    p.promotes().releaseId() == null ? null : p.promotes().releaseId().value(),
                    p.promotes().trackId() == null ? null : p.promotes().trackId().value(),
                    AmountView.of(p.budget()), AmountView.of(p.dailyBudget()), p.startDate(), p.endDate(),
                    p.audienceIds().stream().map(AudienceId::value).toList(),
                    p.adAccountId() == null ? null : p.adAccountId().value(),
                    p.goal() == null ? null : new GoalView(p.goal().metric().name(), p.goal().target()),
                    c.status().name(), c.meta() == null ? null : c.meta().campaignId().value(),
                    MetricsView.of(c.metrics()), c.budgetWarned(), c.goalReached(), c.createdAt(), c.updatedAt(),
                    c.version());
        }
    }
}
