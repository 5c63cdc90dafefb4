package io.soundport.application.marketing;

import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsPageRequest;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignServiceTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private final Core core = new Core();
    private final CampaignService campaigns = core.campaigns();
    private final CampaignChanges changes = core.campaignChanges();
    private Caller owner;
    private Release release;

    @BeforeEach
    void an_owner_with_a_release() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
        release = core.releases().ingest(owner, aReleaseDraft().build()).release();
    }

    private CampaignFields fields(String budget, String account, CampaignFields.Goal goal) {
        return new CampaignFields("Night Drive launch", "OUTCOME_AWARENESS", release.id().value(), null,
                new CampaignFields.Amount(new BigDecimal(budget), "EUR"), null, "2026-03-01", "2026-03-31", List.of(),
                account, goal);
    }

    private Campaign create(String budget, String account) {
        return campaigns.create(owner, CreateCampaignCommand.of(fields(budget, account, null)));
    }

    private Campaign launch(Caller caller, Campaign campaign) {
        return changes.launch(caller, changes.prepareLaunch(caller, new LaunchCampaignCommand(campaign.id(), null)));
    }

    private Campaign pause(Caller caller, Campaign campaign) {
        return changes.pause(caller, changes.preparePause(caller, new PauseCampaignCommand(campaign.id(), null)));
    }

    private int events(String type) {
        return core.pendingEvents(type, owner.organizationId()).size();
    }

    @Test
    void a_campaign_is_created_as_a_draft_in_minor_units_with_its_event() {
        Campaign draft = create("250.50", null);

        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.plan().budget()).isEqualTo(new Money(25_050, EUR));
        assertThat(campaigns.get(owner, draft.id())).isEqualTo(draft);
        assertThat(events("campaign.created")).isEqualTo(1);
    }

    @Test
    void every_wrong_field_is_named_at_once_and_nothing_is_stored() {
        CampaignFields wrong = new CampaignFields(" ", "OUTCOME_FAME", null, null,
                new CampaignFields.Amount(new BigDecimal("10.001"), "EUR"),
                new CampaignFields.Amount(new BigDecimal("5"), "EURO"), "2026-13-01", "soon",
                List.of("audience 1"), "acct-1", new CampaignFields.Goal("LIKES", 0L));
        assertInvalid(() -> CreateCampaignCommand.of(wrong), "name", "objective", "releaseId", "budget.amount",
                "dailyBudget.currency", "startDate", "endDate", "audienceIds[0]", "adAccountId", "goal.metric",
                "goal.target");
        assertInvalid(() -> campaigns.create(owner, CreateCampaignCommand.of(new CampaignFields("x",
                "OUTCOME_TRAFFIC", null, "trk_01HZX0000000000000000000D1", new CampaignFields.Amount(BigDecimal.TEN,
                "EUR"), null, "2026-03-01", null, null, null, null))), "trackId");
        Caller stranger = core.member(Role.OWNER);
        assertInvalid(() -> campaigns.create(stranger, CreateCampaignCommand.of(fields("10", null, null))),
                "releaseId");
        assertThat(events("campaign.created")).isZero();
    }

    @Test
    void a_campaign_without_an_ad_account_launches_pauses_and_resumes_here_only() {
        Campaign draft = create("100", null);

        Campaign active = launch(owner, draft);
        assertThat(active.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(active.meta()).isNull();
        assertThat(pause(owner, active).status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(launch(owner, active).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(events("campaign.launched")).isEqualTo(2);
        assertThat(events("campaign.paused")).isEqualTo(1);
        assertRejected(() -> launch(owner, active), ErrorCode.CONFLICT);
    }

    @Test
    void launching_in_an_ad_account_creates_it_on_meta_and_anyone_may_pause_it_there_through_that_connection() {
        core.connect(owner, Provider.META);
        Campaign draft = create("100", SandboxAdsPlatform.EUR_ACCOUNT);

        Campaign active = launch(owner, draft);
        assertThat(active.meta()).isNotNull();
        assertThat(active.meta().connectedBy()).isEqualTo(owner.userId());
        AdCampaign onMeta = core.metaAds.campaign(token(), active.meta().campaignId());
        assertThat(onMeta.status()).isEqualTo(io.soundport.domain.integrations.ads.CampaignStatus.ACTIVE);
        assertThat(onMeta.lifetimeBudget()).isEqualTo(new Money(10_000, EUR));

        Caller key = core.apiKeyOf(owner, Scope.READ, Scope.WRITE);
        Campaign paused = pause(key, active);
        assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(core.metaAds.campaign(token(), active.meta().campaignId()).status())
                .isEqualTo(io.soundport.domain.integrations.ads.CampaignStatus.PAUSED);

        Campaign raised = changes.update(key, UpdateCampaignCommand.of(paused.id(), new CampaignFields(null, null,
                null, null, new CampaignFields.Amount(new BigDecimal("300"), "EUR"), null, null, null, null, null,
                null), null, paused.version()));
        assertThat(raised.plan().budget()).isEqualTo(new Money(30_000, EUR));
        assertThat(core.metaAds.campaign(token(), active.meta().campaignId()).lifetimeBudget())
                .isEqualTo(new Money(30_000, EUR));
    }

    @Test
    void a_launch_tried_again_after_it_failed_to_store_creates_no_second_campaign_on_meta() {
        core.connect(owner, Provider.META);
        Campaign draft = campaigns.create(owner, CreateCampaignCommand.of(fields("100", SandboxAdsPlatform.EUR_ACCOUNT,
                null)));
        LaunchCampaignCommand command = new LaunchCampaignCommand(draft.id(), null);

        // the first try created it on Meta, then the answer was lost before the launch was stored: the client tries
        // again, and this time it is stored
        changes.prepareLaunch(owner, command);
        Campaign active = changes.launch(owner, changes.prepareLaunch(owner, command));

        List<AdCampaign> onMeta = core.metaAds.campaigns(token(), AdAccountId.of(SandboxAdsPlatform.EUR_ACCOUNT),
                AdsPageRequest.of(100, null)).items().stream()
                .filter(c -> c.name().equals("Night Drive launch")).toList();
        assertThat(onMeta).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(active.meta().campaignId());
            assertThat(c.status()).isEqualTo(io.soundport.domain.integrations.ads.CampaignStatus.ACTIVE);
        });
        // once on Meta, the campaign keeps its ad account even as a draft
        Campaign other = campaigns.create(owner, CreateCampaignCommand.of(fields("100", SandboxAdsPlatform.EUR_ACCOUNT,
                null)));
        changes.prepareLaunch(owner, new LaunchCampaignCommand(other.id(), null));
        assertRejected(() -> changes.update(owner, UpdateCampaignCommand.of(other.id(), new CampaignFields(null,
                null, null, null, null, null, null, null, null, SandboxAdsPlatform.USD_ACCOUNT, null), null, null)),
                ErrorCode.CONFLICT);
    }

    @Test
    void launching_in_an_ad_account_needs_a_meta_connection_and_leaves_the_draft_as_it_was() {
        Campaign draft = create("100", SandboxAdsPlatform.EUR_ACCOUNT);

        assertRejected(() -> launch(owner, draft), ErrorCode.CONFLICT);
        assertThat(campaigns.get(owner, draft.id())).isEqualTo(draft);
        assertThat(events("campaign.launched")).isZero();
    }

    @Test
    void a_budget_in_another_currency_than_the_ad_accounts_is_refused_by_meta_before_anything_is_stored() {
        core.connect(owner, Provider.META);
        Campaign draft = create("100", SandboxAdsPlatform.USD_ACCOUNT);

        assertRejected(() -> launch(owner, draft), ErrorCode.VALIDATION_ERROR);
        assertThat(campaigns.get(owner, draft.id()).status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void a_stale_version_changes_nothing() {
        Campaign draft = create("100", null);
        changes.update(owner, UpdateCampaignCommand.of(draft.id(), new CampaignFields("Renamed", null, null, null,
                null, null, null, null, null, null, null), null, draft.version()));

        assertRejected(() -> changes.prepareLaunch(owner, new LaunchCampaignCommand(draft.id(), draft.version())),
                ErrorCode.PRECONDITION_FAILED);
        assertRejected(() -> changes.update(owner, UpdateCampaignCommand.of(draft.id(), new CampaignFields("Again",
                null, null, null, null, null, null, null, null, null, null), null, draft.version())),
                ErrorCode.PRECONDITION_FAILED);
        assertThat(campaigns.get(owner, draft.id()).plan().name()).isEqualTo("Renamed");
    }

    @Test
    void archive_then_delete_and_never_an_active_one() {
        Campaign active = launch(owner, create("100", null));
        assertRejected(() -> changes.update(owner, UpdateCampaignCommand.of(active.id(), empty(), "archived", null)),
                ErrorCode.CONFLICT);
        assertRejected(() -> campaigns.delete(owner, new DeleteCommand<>(active.id(), null)), ErrorCode.CONFLICT);
        assertInvalid(() -> UpdateCampaignCommand.of(active.id(), empty(), "ACTIVE", null), "status");

        pause(owner, active);
        Campaign archived = changes.update(owner, UpdateCampaignCommand.of(active.id(), empty(), "ARCHIVED", null));
        assertThat(archived.status()).isEqualTo(CampaignStatus.ARCHIVED);
        campaigns.delete(owner, new DeleteCommand<>(archived.id(), archived.version()));
        assertRejected(() -> campaigns.get(owner, archived.id()), ErrorCode.NOT_FOUND);
        assertThat(events("campaign.deleted")).isEqualTo(1);
    }

    private static CampaignFields empty() {
        return new CampaignFields(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void a_viewer_and_a_read_key_read_but_do_not_write() {
        Campaign draft = create("100", null);
        Caller viewer = core.colleague(owner, Role.VIEWER);

        assertThat(campaigns.get(viewer, draft.id())).isEqualTo(draft);
        assertRejected(() -> campaigns.create(viewer, CreateCampaignCommand.of(fields("1", null, null))),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> launch(core.apiKeyOf(owner, Scope.READ), draft), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void the_monitor_measures_campaigns_on_meta_warns_reaches_the_goal_and_completes_a_spent_budget() {
        core.connect(owner, Provider.META);
        Campaign active = launch(owner, campaigns.create(owner, CreateCampaignCommand.of(fields("0.50",
                SandboxAdsPlatform.EUR_ACCOUNT, new CampaignFields.Goal("CLICKS", 1L)))));
        CampaignMonitor monitor = core.campaignMonitor(Duration.ofHours(1));

        assertThat(monitor.sweep()).isEqualTo(1);
        assertThat(monitor.sweep()).isEqualTo(1);
        assertThat(monitor.runOnce("test", 10)).isEqualTo(1);

        Campaign measured = campaigns.get(owner, active.id());
        assertThat(measured.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(measured.metrics().spend().minorUnits()).isGreaterThanOrEqualTo(50);
        assertThat(measured.metrics().clicks()).isPositive();
        assertThat(measured.metrics().asOf()).isEqualTo(core.clock.now());
        assertThat(events("metrics.updated")).isEqualTo(1);
        assertThat(events("budget.warning")).isEqualTo(1);
        assertThat(events("goal.reached")).isEqualTo(1);
        assertThat(core.pendingEvents("campaign.completed", owner.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data().toString()).contains("BUDGET_SPENT"));
        assertThat(core.metaAds.campaign(token(), active.meta().campaignId()).status())
                .isEqualTo(io.soundport.domain.integrations.ads.CampaignStatus.PAUSED);
        assertThat(monitor.sweep()).isZero();
    }

    @Test
    void the_monitor_reads_a_campaign_once_per_interval_whatever_the_sweeps() {
        core.connect(owner, Provider.META);
        Campaign active = launch(owner, create("1000", SandboxAdsPlatform.EUR_ACCOUNT));
        CampaignMonitor monitor = core.campaignMonitor(Duration.ofHours(1));

        monitor.sweep();
        monitor.runOnce("test", 10);
        // another instance sweeping later in the same hour queues the job again: it reads nothing more
        monitor.sweep();
        monitor.runOnce("test", 10);
        assertThat(events("metrics.updated")).isEqualTo(1);

        core.clock.advance(Duration.ofHours(1));
        monitor.sweep();
        monitor.runOnce("test", 10);
        assertThat(events("metrics.updated")).isEqualTo(2);
        assertThat(campaigns.get(owner, active.id()).status()).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void the_monitor_completes_a_campaign_past_its_end_date_even_off_meta() {
        Campaign active = launch(owner, create("100", null));
        CampaignMonitor monitor = core.campaignMonitor(Duration.ofHours(1));
        monitor.sweep();
        monitor.runOnce("test", 10);
        assertThat(campaigns.get(owner, active.id()).status()).isEqualTo(CampaignStatus.ACTIVE);

        core.clock.advance(Duration.ofDays(31));
        monitor.sweep();
        monitor.runOnce("test", 10);

        assertThat(campaigns.get(owner, active.id()).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(core.pendingEvents("campaign.completed", owner.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data().toString()).contains("END_DATE"));
        assertThat(events("metrics.updated")).isZero();
    }

    @Test
    void lists_filter_by_status_and_name() {
        Campaign first = create("100", null);
        Campaign second = campaigns.create(owner, CreateCampaignCommand.of(new CampaignFields("Summer tour",
                "OUTCOME_TRAFFIC", release.id().value(), null, new CampaignFields.Amount(BigDecimal.ONE, "EUR"), null,
                "2026-06-01", null, null, null, null)));
        launch(owner, first);

        assertThat(campaigns.list(owner, ListCampaignsQuery.of(null, null, null, null)).items())
                .extracting(Campaign::id).containsExactly(second.id(), first.id());
        assertThat(campaigns.list(owner, ListCampaignsQuery.of("active", null, null, null)).items())
                .extracting(Campaign::id).containsExactly(first.id());
        assertThat(campaigns.list(owner, ListCampaignsQuery.of(null, "SUMMER", null, null)).items())
                .extracting(Campaign::id).containsExactly(second.id());
        assertInvalid(() -> ListCampaignsQuery.of("RUNNING", null, 0, "!"), "status", "limit", "cursor");
    }

    private String token() {
        return core.connections().withAccess(owner, Provider.META, t -> t);
    }
}
