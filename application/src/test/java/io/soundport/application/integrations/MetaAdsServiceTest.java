package io.soundport.application.integrations;

import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.ConversionsReceived;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.PixelId;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class MetaAdsServiceTest {
    private static final String EUR = SandboxAdsPlatform.EUR_ACCOUNT;
    private final Core core = new Core();
    private final MetaAdsService meta = core.metaAdsService();
    private Caller owner;

    @BeforeEach
    void a_user_with_a_meta_connection() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
        core.connect(owner, Provider.META);
    }

    private Caller as(Role role) {
        return Caller.member(owner.organizationId(), owner.userId(), role);
    }

    private static CreateCampaignCommand aCampaign(String name, String dailyEuros) {
        return CreateCampaignCommand.of(EUR, name, "OUTCOME_TRAFFIC", null,
                dailyEuros == null ? null : new CreateCampaignCommand.Budget(new BigDecimal(dailyEuros), "EUR"), null);
    }

    private long audited(String action) {
        return core.store.auditLog().list(new AuditFilter(owner.organizationId(), null, null, null, action, null,
                null), PageRequest.first(100)).items().size();
    }

    @Test
    void a_viewer_reads_accounts_campaigns_and_insights_but_may_not_create_a_campaign() {
        Caller viewer = as(Role.VIEWER);

        assertThat(meta.adAccounts(viewer).items()).extracting(a -> a.id().value())
                .contains(SandboxAdsPlatform.EUR_ACCOUNT, SandboxAdsPlatform.USD_ACCOUNT);
        assertThat(meta.campaigns(viewer, ListCampaignsQuery.of(EUR, 10, null)).items()).hasSize(2);
        Insights insights = meta.insights(viewer, CampaignInsightsQuery.campaign("120100000000001", "2024-03-01",
                "2024-03-03", null, "gender", 1));
        assertThat(insights.rows()).hasSize(3 * 3);

        assertRejected(() -> meta.createCampaign(viewer, aCampaign("Nope", null)), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(meta.campaigns(viewer, ListCampaignsQuery.of(EUR, 10, null)).items()).hasSize(2);
        assertThat(audited("meta_campaign.created")).isZero();
    }

    @Test
    void a_member_creates_a_campaign_with_an_exact_budget_then_pauses_it_each_write_audited() {
        Caller member = as(Role.MEMBER);

        AdCampaign created = meta.createCampaign(member, CreateCampaignCommand.of(EUR, "Single launch",
                "OUTCOME_AWARENESS", "ACTIVE", new CreateCampaignCommand.Budget(new BigDecimal("12.30"), "eur"),
                null));
        meta.updateCampaign(member, UpdateCampaignCommand.of(created.id().value(), "PAUSED", null, null));

        AdCampaign read = meta.campaign(member, created.id());
        assertThat(read.dailyBudget()).isEqualTo(new Money(1230, Currency.getInstance("EUR")));
        assertThat(read.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(audited("meta_campaign.created")).isEqualTo(1);
        assertThat(audited("meta_campaign.updated")).isEqualTo(1);
    }

    @Test
    void a_budget_in_another_currency_than_the_accounts_is_refused_and_not_audited() {
        DomainException e = assertInvalid(() -> meta.createCampaign(owner, CreateCampaignCommand.of(EUR, "Wrong",
                "OUTCOME_SALES", null, new CreateCampaignCommand.Budget(new BigDecimal("10"), "USD"), null)),
                "dailyBudget");

        assertThat(e.getMessage()).contains("EUR");
        assertThat(audited("meta_campaign.created")).isZero();
    }

    @Test
    void commands_report_every_invalid_field_at_once_in_the_names_the_caller_used() {
        DomainException e = assertInvalid(() -> CreateCampaignCommand.of("acct-1", "", "APP_INSTALLS", "DELETED",
                new CreateCampaignCommand.Budget(new BigDecimal("1.234"), "EUR"), null), "adAccountId", "objective",
                "status", "dailyBudget.amount", "name");
        assertThat(e.details()).filteredOn(d -> d.field().equals("dailyBudget.amount")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2 decimal places"));

        DomainException dates = assertInvalid(() -> CampaignInsightsQuery.campaign("120100000000001", "2024-03-07",
                "2024-03-01", null, "age,planet", 0), "breakdowns");
        assertThat(dates.getMessage()).contains("breakdowns");
        assertInvalid(() -> CampaignInsightsQuery.campaign("120100000000001", "2024-03-07", "2024-03-01", null,
                null, null), "to");
        assertInvalid(() -> CampaignInsightsQuery.campaign("120100000000001", "2024-03-01", "2024-03-02",
                "last_7d", null, null), "datePreset");
        assertInvalid(() -> CampaignInsightsQuery.campaign("120100000000001", "2024-03-01", "2024-03-02", null,
                null, 0), "timeIncrement");
    }

    @Test
    void an_api_key_may_not_act_through_a_users_connection() {
        assertRejected(() -> meta.adAccounts(core.apiKeyOf(owner, Scope.READ)), ErrorCode.AUTHORIZATION_ERROR);
        DomainException noScope = assertRejected(() -> meta.createCampaign(core.apiKeyOf(owner, Scope.READ),
                aCampaign("x", null)), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(noScope.getMessage()).contains("write");
    }

    @Test
    void without_a_meta_connection_it_is_a_conflict() {
        AuthSession other = core.auth().register(RegisterCommand.of("bob@example.com", "correct horse battery",
                "Bob", "Bob Records"), Origin.UNKNOWN);
        Caller bob = Caller.member(other.organization().id(), other.user().id(), Role.OWNER);

        assertRejected(() -> meta.adAccounts(bob), ErrorCode.CONFLICT);
    }

    @Test
    void meta_refusing_the_token_marks_the_connection_to_be_connected_again() {
        String token = core.connections().withAccess(owner, Provider.META, t -> t);
        core.metaOAuth.revoke(token);

        DomainException refused = assertRejected(() -> meta.campaigns(owner, ListCampaignsQuery.of(EUR, null, null)),
                ErrorCode.RECONNECT_REQUIRED);

        assertThat(refused.getMessage()).doesNotContain(token);
        assertThat(core.connections().list(owner)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT));
    }

    @Test
    void people_are_hashed_before_they_reach_the_platform_and_a_bad_one_is_named_without_quoting_it() {
        var audience = meta.createAudience(owner, CreateAudienceCommand.of(EUR, "Ticket buyers", null));

        AddAudienceUsersCommand command = AddAudienceUsersCommand.of(audience.id().value(), List.of(
                new AddAudienceUsersCommand.Person(" Fan@Example.com ", null),
                new AddAudienceUsersCommand.Person(null, "+44 20 7946 0958")));
        assertThat(command.toString()).doesNotContain("Fan@", "fan@", "7946");
        assertThat(command.people().get(0).email()).isEqualTo(CustomerHash.sha256("fan@example.com"));
        assertThat(command.people().get(1).phone()).isEqualTo(CustomerHash.sha256("442079460958"));
        UsersAdded added = meta.addAudienceUsers(owner, command);
        assertThat(added.received()).isEqualTo(2);

        DomainException bad = assertInvalid(() -> AddAudienceUsersCommand.of(audience.id().value(), List.of(
                new AddAudienceUsersCommand.Person("ok@example.com", null),
                new AddAudienceUsersCommand.Person("not-an-address", "020 7946 0958"))), "users[1].email",
                "users[1].phone");
        assertThat(bad.toString() + bad.details()).doesNotContain("not-an-address").doesNotContain("7946");

        var lookalike = meta.createLookalike(owner, CreateLookalikeCommand.of(EUR, "Like buyers",
                audience.id().value(), "fr", new BigDecimal("0.05")));
        assertThat(lookalike.id()).isNotEqualTo(audience.id());
        assertThat(audited("meta_audience.created")).isEqualTo(2);
        assertThat(audited("meta_audience.users_added")).isEqualTo(1);
        assertInvalid(() -> CreateLookalikeCommand.of(EUR, "Too wide", audience.id().value(), "FR",
                new BigDecimal("0.25")), "ratio");
    }

    @Test
    void conversions_reach_the_pixel_hashed_and_an_event_older_than_seven_days_stops_the_batch() {
        SendConversionsCommand.UserData fan = new SendConversionsCommand.UserData("Fan@Example.com", null, "Zoë",
                null, null, null, null, "FR", null, null, "Mozilla/5.0", null, null);
        long now = core.clock.now().getEpochSecond();
        SendConversionsCommand command = SendConversionsCommand.of(SandboxAdsPlatform.PIXEL, null, List.of(
                new SendConversionsCommand.Event("Purchase", now - 60, "order-1", "website", fan,
                        new BigDecimal("19.99"), "EUR")));
        assertThat(command.toString()).doesNotContain("Fan@").doesNotContain("Zoë");
        assertThat(command.batch().events().get(0).value()).isEqualTo(new Money(1999, Currency.getInstance("EUR")));

        ConversionsReceived received = meta.sendConversions(as(Role.MEMBER), command);
        assertThat(received.eventsReceived()).isEqualTo(1);
        assertThat(core.metaAds.conversionsReceived(PixelId.of(SandboxAdsPlatform.PIXEL))).isEqualTo(1);

        SendConversionsCommand late = SendConversionsCommand.of(SandboxAdsPlatform.PIXEL, null, List.of(
                new SendConversionsCommand.Event("Purchase", now - 60, "order-2", "website", fan, null, null),
                new SendConversionsCommand.Event("Purchase", now - Duration.ofDays(8).toSeconds(), "order-3",
                        "website", fan, null, null)));
        assertInvalid(() -> meta.sendConversions(owner, late), "events[1].eventTime");
        assertThat(core.metaAds.conversionsReceived(PixelId.of(SandboxAdsPlatform.PIXEL))).isEqualTo(1);
        assertThat(audited("meta_conversions.sent")).isEqualTo(1);

        DomainException invalid = assertInvalid(() -> SendConversionsCommand.of(SandboxAdsPlatform.PIXEL, null,
                List.of(new SendConversionsCommand.Event("Purchase", now, "", "web", new SendConversionsCommand
                        .UserData(null, "0612345678", null, null, null, null, null, null, null, null, null, null,
                        null), null, null))), "events[0].eventId", "events[0].actionSource",
                "events[0].userData.phone");
        assertThat(invalid.details().toString()).doesNotContain("0612345678");
    }

    @Test
    void insights_by_breakdown_carry_every_value_once_per_day() {
        Insights insights = meta.insights(owner, CampaignInsightsQuery.account(EUR, null, null, "last_7d",
                "publisher_platform", 1));

        assertThat(insights.rows()).hasSize(7 * 4);
        assertThat(insights.rows()).allSatisfy(r -> assertThat(r.breakdowns()).containsKey(Breakdown.PUBLISHER_PLATFORM));
        assertThat(insights.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(meta.campaign(owner, CampaignId.of("120100000000001")).name()).isNotBlank();
    }
}
