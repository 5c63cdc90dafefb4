package io.soundport.domain.marketing;

import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.RELEASE;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.TRACK;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignTest {
    private static final CampaignId ID = CampaignId.of("cmp_01HZX0000000000000000000F1");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Money eur(long cents) {
        return new Money(cents, EUR);
    }

    private static CampaignPlan plan(Money budget, LocalDate end, CampaignGoal goal) {
        return new CampaignPlan("Night Drive launch", CampaignObjective.OUTCOME_AWARENESS, Promotion.of(RELEASE),
                budget, null, START, end, List.of(), AdAccountId.of("act_1000000001"), goal);
    }

    private static Campaign draft() {
        return Campaign.create(ID, ORG, plan(eur(100_000), LocalDate.of(2026, 4, 1),
                new CampaignGoal(GoalMetric.CLICKS, 500)), T0);
    }

    private static CampaignMetrics spent(long cents, long clicks) {
        return new CampaignMetrics(eur(cents), 10_000, 8_000, clicks, 3, T0);
    }

    @Test
    void a_plan_names_every_wrong_rule() {
        assertInvalid(() -> new CampaignPlan("x", CampaignObjective.OTHER, Promotion.of(TRACK), eur(1), null, START,
                null, List.of(), null, null), "objective");
        assertInvalid(() -> plan(eur(0), null, null), "budget.amount");
        assertInvalid(() -> plan(eur(100), START.minusDays(1), null), "endDate");
        assertInvalid(() -> new CampaignPlan("x", CampaignObjective.OUTCOME_TRAFFIC, Promotion.of(TRACK), eur(100),
                new Money(50, Currency.getInstance("USD")), START, null, List.of(), null, null),
                "dailyBudget.currency");
        assertInvalid(() -> new CampaignPlan("x", CampaignObjective.OUTCOME_TRAFFIC, Promotion.of(TRACK), eur(100),
                eur(101), START, null, List.of(), null, null), "dailyBudget.amount");
        AudienceId audience = AudienceId.of("aun_01HZX0000000000000000000G1");
        assertInvalid(() -> new CampaignPlan("x", CampaignObjective.OUTCOME_TRAFFIC, Promotion.of(TRACK), eur(100),
                null, START, null, List.of(audience, audience), null, null), "audienceIds");
        assertInvalid(() -> new Promotion(RELEASE, TRACK), "releaseId");
    }

    @Test
    void draft_launches_pauses_resumes_and_completes() {
        Campaign active = draft().launch(TODAY, T0);
        assertThat(active.status()).isEqualTo(CampaignStatus.ACTIVE);
        Campaign paused = active.pause(T0);
        assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(paused.launch(TODAY, T0).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(paused.complete(T0).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertRejected(() -> draft().pause(T0), ErrorCode.CONFLICT);
        assertRejected(() -> active.launch(TODAY, T0), ErrorCode.CONFLICT);
        assertRejected(() -> draft().complete(T0), ErrorCode.CONFLICT);
    }

    @Test
    void a_campaign_past_its_end_date_or_budget_is_not_launched_and_is_over() {
        assertRejected(() -> draft().launch(LocalDate.of(2026, 4, 2), T0), ErrorCode.CONFLICT);
        Campaign active = draft().launch(TODAY, T0);
        assertThat(active.overOn(LocalDate.of(2026, 4, 1))).isNull();
        assertThat(active.overOn(LocalDate.of(2026, 4, 2))).isEqualTo(Campaign.Completion.END_DATE);
        Campaign spentOut = active.measured(spent(100_000, 0), T0).campaign();
        assertThat(spentOut.overOn(TODAY)).isEqualTo(Campaign.Completion.BUDGET_SPENT);
        assertRejected(() -> spentOut.pause(T0).launch(TODAY, T0), ErrorCode.CONFLICT);
    }

    @Test
    void metrics_warn_at_80_percent_reach_the_goal_and_spend_the_budget_each_once() {
        Campaign active = draft().launch(TODAY, T0);
        Campaign.Measured below = active.measured(spent(79_999, 499), T0);
        assertThat(below.milestones()).isEmpty();
        Campaign.Measured warned = below.campaign().measured(spent(80_000, 500), T0.plusSeconds(60));
        assertThat(warned.milestones()).containsExactlyInAnyOrder(Campaign.Milestone.BUDGET_WARNING,
                Campaign.Milestone.GOAL_REACHED);
        assertThat(warned.campaign().metrics().asOf()).isEqualTo(T0.plusSeconds(0));
        Campaign.Measured again = warned.campaign().measured(spent(90_000, 600), T0);
        assertThat(again.milestones()).isEmpty();
        Campaign.Measured out = again.campaign().measured(spent(100_001, 600), T0);
        assertThat(out.milestones()).containsExactly(Campaign.Milestone.BUDGET_SPENT);
    }

    @Test
    void a_lower_reading_never_takes_metrics_back() {
        Campaign measured = draft().launch(TODAY, T0).measured(spent(50_000, 300), T0).campaign();
        CampaignMetrics lower = measured.measured(spent(40_000, 100), T0).campaign().metrics();
        assertThat(lower.spend()).isEqualTo(eur(50_000));
        assertThat(lower.clicks()).isEqualTo(300);
        assertInvalid(() -> measured.measured(new CampaignMetrics(new Money(1, Currency.getInstance("USD")), 0, 0,
                0, 0, T0), T0), "spend");
    }

    @Test
    void a_launched_campaign_keeps_its_foundation_and_its_budget_stays_above_spend() {
        Campaign active = draft().launch(TODAY, T0).measured(spent(60_000, 0), T0).campaign();
        assertRejected(() -> active.change(new CampaignPlan("Other", CampaignObjective.OUTCOME_TRAFFIC,
                Promotion.of(RELEASE), eur(100_000), null, START, null, List.of(), AdAccountId.of("act_1000000001"),
                null), T0), ErrorCode.CONFLICT);
        assertRejected(() -> active.change(plan(eur(50_000), null, null), T0), ErrorCode.CONFLICT);
        Campaign renamed = active.change(plan(eur(200_000), null, null), T0);
        assertThat(renamed.plan().budget()).isEqualTo(eur(200_000));
        assertThat(renamed.metrics().spend()).isEqualTo(eur(60_000));
    }

    @Test
    void raising_the_budget_lets_the_warning_come_again() {
        Campaign warned = draft().launch(TODAY, T0).measured(spent(85_000, 0), T0).campaign();
        assertThat(warned.budgetWarned()).isTrue();
        Campaign raised = warned.change(plan(eur(200_000), null, null), T0);
        assertThat(raised.budgetWarned()).isFalse();
        assertThat(raised.measured(spent(160_000, 0), T0).milestones())
                .contains(Campaign.Milestone.BUDGET_WARNING);
    }

    @Test
    void archive_and_delete_follow_the_status() {
        Campaign active = draft().launch(TODAY, T0);
        assertRejected(() -> active.archive(T0), ErrorCode.CONFLICT);
        assertRejected(active::requireDeletable, ErrorCode.CONFLICT);
        Campaign archived = active.pause(T0).archive(T0);
        assertThat(archived.status()).isEqualTo(CampaignStatus.ARCHIVED);
        archived.requireDeletable();
        draft().requireDeletable();
        assertRejected(() -> archived.archive(T0), ErrorCode.CONFLICT);
        assertRejected(() -> archived.change(plan(eur(1), null, null), T0), ErrorCode.CONFLICT);
        assertRejected(() -> archived.launch(TODAY, T0), ErrorCode.CONFLICT);
    }

    @Test
    void meta_records_the_campaign_and_whose_connection_runs_it() {
        Campaign.OnMeta onMeta = new Campaign.OnMeta(
                io.soundport.domain.integrations.ads.CampaignId.of("120200000000000001"),
                UserId.of("usr_01HZX0000000000000000000H1"));
        Campaign running = draft().launch(TODAY, T0).runningOnMeta(onMeta, Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(running.meta()).isEqualTo(onMeta);
        assertThat(running.updatedAt()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    }
}
