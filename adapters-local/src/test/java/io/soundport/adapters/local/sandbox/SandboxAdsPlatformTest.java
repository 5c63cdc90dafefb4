package io.soundport.adapters.local.sandbox;

import io.soundport.contracts.AdsPlatformContract;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.integrations.ads.PixelId;
import io.soundport.domain.integrations.ads.ActionSource;
import io.soundport.domain.integrations.ads.ConversionBatch;
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionUser;
import io.soundport.domain.integrations.ads.CustomerHash;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxAdsPlatformTest extends AdsPlatformContract {
    private static final String ISSUED = "sandbox-meta-token";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SandboxAdsPlatform sandbox = new SandboxAdsPlatform(ISSUED::equals, () -> NOW);

    @Override
    protected AdsPlatform platform() {
        return sandbox;
    }

    @Override
    protected String validToken() {
        return ISSUED;
    }

    @Override
    protected AdAccountId accountWithCampaigns() {
        return AdAccountId.of(SandboxAdsPlatform.EUR_ACCOUNT);
    }

    @Override
    protected int campaignPageLimit() {
        return 1;
    }

    @Override
    protected CampaignId knownCampaign() {
        return CampaignId.of("120100000000001");
    }

    @Override
    protected LocalDate insightsSince() {
        return LocalDate.parse("2024-03-01");
    }

    @Override
    protected LocalDate insightsUntil() {
        return LocalDate.parse("2024-03-07");
    }

    @Override
    protected PixelId knownPixel() {
        return PixelId.of(SandboxAdsPlatform.PIXEL);
    }

    @Test
    void the_same_question_gets_the_same_numbers_from_another_sandbox() {
        InsightsQuery query = InsightsQuery.between(knownCampaign(), insightsSince(), insightsUntil(), 1,
                Set.of(Breakdown.COUNTRY));
        Insights once = sandbox.insights(ISSUED, query);
        Insights again = new SandboxAdsPlatform(ISSUED::equals, () -> NOW).insights(ISSUED, query);

        assertThat(again).isEqualTo(once);
        assertThat(once.rows()).hasSize(7 * 4);
    }

    @Test
    void an_accounts_insights_are_the_sum_of_its_campaigns_and_the_period_sums_its_days() {
        InsightsQuery account = InsightsQuery.between(accountWithCampaigns(), insightsSince(), insightsUntil(), null,
                Set.of());
        InsightsRow whole = sandbox.insights(ISSUED, account).rows().get(0);
        long impressions = 0;
        BigDecimal spend = BigDecimal.ZERO;
        for (String campaign : new String[]{"120100000000001", "120100000000002"}) {
            for (InsightsRow day : sandbox.insights(ISSUED, InsightsQuery.between(CampaignId.of(campaign),
                    insightsSince(), insightsUntil(), 1, Set.of())).rows()) {
                impressions += day.impressions();
                spend = spend.add(day.spend());
            }
        }
        assertThat(whole.impressions()).isEqualTo(impressions);
        assertThat(whole.spend()).isEqualTo(spend);
    }

    @Test
    void a_new_campaign_is_listed_first_and_has_insights_only_from_the_day_it_was_created() {
        AdCampaign created = sandbox.createCampaign(ISSUED, new NewCampaign(accountWithCampaigns(), "Launch",
                CampaignObjective.OUTCOME_AWARENESS, CampaignStatus.ACTIVE, null, null));

        assertThat(sandbox.campaigns(ISSUED, accountWithCampaigns(), new io.soundport.domain.integrations.ads
                .AdsPageRequest(1, null)).items()).extracting(AdCampaign::id).containsExactly(created.id());
        Insights insights = sandbox.insights(ISSUED, InsightsQuery.between(created.id(),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10"), 1, Set.of()));
        assertThat(insights.rows()).singleElement()
                .satisfies(row -> assertThat(row.dateStart()).isEqualTo(LocalDate.parse("2026-03-10")));
    }

    @Test
    void more_rows_than_the_pages_would_hold_are_cut_and_said_to_be() {
        Insights insights = sandbox.insights(ISSUED, InsightsQuery.between(knownCampaign(),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), 1, Set.of(Breakdown.AGE,
                        Breakdown.GENDER)));

        assertThat(insights.truncated()).isTrue();
        assertThat(insights.rows()).hasSize(AdsPlatform.MAX_PAGES * 100);
    }

    @Test
    void conversions_are_counted_per_pixel_and_test_events_are_not() {
        ConversionEvent event = new ConversionEvent("Lead", NOW, "lead-1", ActionSource.SYSTEM_GENERATED,
                new ConversionUser(CustomerHash.email("a@example.com", "email"), null, null, null, null, null, null,
                        null, null, null, null, null, null), null);

        sandbox.sendConversions(ISSUED, new ConversionBatch(knownPixel(), null, List.of(event, event)));
        sandbox.sendConversions(ISSUED, new ConversionBatch(knownPixel(), "TEST123", List.of(event)));

        assertThat(sandbox.conversionsReceived(knownPixel())).isEqualTo(2);
        assertThat(sandbox.conversionsReceived(PixelId.of(SandboxAdsPlatform.OTHER_PIXEL))).isZero();
    }
}
