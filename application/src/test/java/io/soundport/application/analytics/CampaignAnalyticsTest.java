package io.soundport.application.analytics;

import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.marketing.CampaignChanges;
import io.soundport.application.marketing.CampaignFields;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.CampaignService;
import io.soundport.application.marketing.CreateAudienceCommand;
import io.soundport.application.marketing.CreateCampaignCommand;
import io.soundport.application.marketing.LaunchCampaignCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Campaign analytics on memory, with campaigns run on the sandbox Meta and measured by the monitor. */
class CampaignAnalyticsTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    /** The day of {@link Core#T0}, the campaigns' first day. */
    private static final LocalDate DAY_ONE = LocalDate.parse("2026-03-01");
    private final Core core = new Core();
    private final CampaignService campaigns = core.campaigns();
    private final CampaignChanges changes = core.campaignChanges();
    private final CampaignAnalytics analytics = core.campaignAnalytics();
    private final CampaignMonitor monitor = core.campaignMonitor(Duration.ofHours(1));
    private Caller owner;
    private Release release;

    @BeforeEach
    void an_owner_connected_to_meta_with_a_release() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
        release = core.releases().ingest(owner, aReleaseDraft().build()).release();
        core.connect(owner, Provider.META);
    }

    private Campaign launched(String account, List<String> audiences) {
        Campaign draft = campaigns.create(owner, CreateCampaignCommand.of(new CampaignFields("Night Drive launch",
                "OUTCOME_AWARENESS", release.id().value(), null, new CampaignFields.Amount(new BigDecimal("5000"),
                "EUR"), null, "2026-03-01", "2026-03-31", audiences, account, null)));
        return changes.launch(owner, changes.prepareLaunch(owner, new LaunchCampaignCommand(draft.id(), null)));
    }

    private void measure() {
        monitor.sweep();
        monitor.runOnce("test", 10);
    }

    @Test
    void the_monitor_keeps_each_day_by_country_and_platform_and_the_report_adds_them_up() {
        Campaign campaign = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of());
        measure();
        core.clock.advance(Duration.ofDays(2));
        measure();

        CampaignReport report = analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), null, null, null));

        Campaign measured = campaigns.get(owner, campaign.id());
        assertThat(report.period()).isEqualTo(new AnalyticsPeriod(DAY_ONE, DAY_ONE.plusDays(2)));
        assertThat(report.series()).extracting(CampaignReport.Point::start)
                .containsExactly(start(DAY_ONE), start(DAY_ONE.plusDays(1)), start(DAY_ONE.plusDays(2)));
        assertThat(report.series()).allSatisfy(day -> {
            assertThat(day.impressions()).isPositive();
            assertThat(day.reach()).isPositive();
        });
        // the sandbox's lifetime row is the sum of its days, as Meta's is
        assertThat(report.totals().impressions()).isEqualTo(measured.metrics().impressions());
        assertThat(report.totals().clicks()).isEqualTo(measured.metrics().clicks());
        assertThat(report.totals().spend()).isEqualTo(measured.metrics().spend());
        assertThat(report.asOf()).isEqualTo(measured.metrics().asOf());
        assertThat(report.byCountry()).extracting(CampaignReport.Slice::value)
                .containsExactlyInAnyOrder("DE", "FR", "GB", "US");
        assertThat(report.byCountry()).isSortedAccordingTo((a, b) -> Long.compare(b.totals().impressions(),
                a.totals().impressions()));
        assertThat(report.byPlatform()).extracting(CampaignReport.Slice::value)
                .containsExactlyInAnyOrder("facebook", "instagram", "audience_network", "messenger");
        assertThat(report.totals().ctr()).isEqualByComparingTo(BigDecimal.valueOf(report.totals().clicks() * 100)
                .divide(BigDecimal.valueOf(report.totals().impressions()), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void a_period_asked_for_is_zero_filled_and_a_campaign_never_read_has_only_zeros() {
        Campaign campaign = launched(null, List.of());

        CampaignReport report = analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), "2026-02-27",
                "2026-03-02", null));

        assertThat(report.series()).hasSize(4).allSatisfy(day -> {
            assertThat(day.impressions()).isZero();
            assertThat(day.spend()).isEqualTo(Money.zero(EUR));
        });
        assertThat(report.totals()).isEqualTo(CampaignTotals.none(EUR));
        assertThat(report.totals().ctr()).isNull();
        assertThat(report.totals().cpc()).isNull();
        assertThat(report.byCountry()).isEmpty();
        assertThat(report.asOf()).isNull();
    }

    @Test
    void an_hour_is_what_its_reading_added_to_the_one_before() {
        Campaign campaign = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of());
        measure();
        long first = campaigns.get(owner, campaign.id()).metrics().impressions();
        core.clock.advance(Duration.ofHours(1));
        measure();
        core.clock.advance(Duration.ofDays(1));
        measure();
        long last = campaigns.get(owner, campaign.id()).metrics().impressions();

        CampaignReport day = analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), "2026-03-01",
                "2026-03-02", "hour"));

        assertThat(day.granularity()).isEqualTo(TrackStreamsQuery.Granularity.HOUR);
        assertThat(day.series()).hasSize(48).allSatisfy(hour -> assertThat(hour.reach()).isNull());
        // T0 is noon: the first reading holds everything so far, the next one (same day on the sandbox) nothing more
        assertThat(day.series().get(12).impressions()).isEqualTo(first);
        assertThat(day.series().get(13).impressions()).isZero();
        assertThat(day.series().get(24 + 13).impressions()).isEqualTo(last - first).isPositive();
        assertThat(day.series().stream().mapToLong(CampaignReport.Point::impressions).sum()).isEqualTo(last);
        assertThat(day.series().stream().map(CampaignReport.Point::spend).reduce(Money::plus).orElseThrow())
                .isEqualTo(campaigns.get(owner, campaign.id()).metrics().spend());
        // a period starting later takes the reading before it as its baseline
        CampaignReport second = analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), "2026-03-02",
                "2026-03-02", "hour"));
        assertThat(second.series().get(13).impressions()).isEqualTo(last - first);
        assertInvalid(() -> analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), "2026-01-01",
                "2026-03-01", "hour")), "to");
        assertInvalid(() -> CampaignAnalyticsQuery.of(campaign.id(), null, null, "minute"), "granularity");
    }

    @Test
    void the_export_writes_a_row_per_day_or_per_day_and_country() throws IOException {
        Campaign campaign = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of());
        measure();
        core.clock.advance(Duration.ofDays(1));
        measure();

        String days = csv(ExportCampaignCommand.of(campaign.id(), null, null, null));
        String byCountry = csv(ExportCampaignCommand.of(campaign.id(), "2026-03-02", "2026-03-02", "country"));

        List<String> dayLines = days.lines().toList();
        assertThat(dayLines.get(0)).isEqualTo("date,impressions,reach,clicks,spend,currency,conversions");
        assertThat(dayLines).hasSize(3);
        assertThat(dayLines.get(1)).startsWith("2026-03-01,").contains(",EUR,");
        assertThat(days).contains("\r\n");
        List<String> countryLines = byCountry.lines().toList();
        assertThat(countryLines.get(0)).isEqualTo("date,country,impressions,reach,clicks,spend,currency,conversions");
        assertThat(countryLines.subList(1, countryLines.size())).extracting(l -> l.substring(0, 13))
                .containsExactly("2026-03-02,DE", "2026-03-02,FR", "2026-03-02,GB", "2026-03-02,US");
        assertThat(analytics.export(owner, ExportCampaignCommand.of(campaign.id(), null, null,
                "publisher_platform")).fileName()).isEqualTo(campaign.id().value()
                + "-by-publisher_platform-2026-03-01-2026-03-02.csv");
    }

    @Test
    void a_cell_is_quoted_when_it_must_be_and_is_never_a_formula() {
        assertThat(CampaignCsv.cell("instagram")).isEqualTo("instagram");
        assertThat(CampaignCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CampaignCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CampaignCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CampaignCsv.cell("-1,2")).isEqualTo("\"'-1,2\"");
    }

    @Test
    void an_audience_report_adds_up_the_campaigns_that_target_it() {
        Audience fans = core.audiences().create(owner, CreateAudienceCommand.of("Fans", null, null, null));
        Audience other = core.audiences().create(owner, CreateAudienceCommand.of("Others", null, null, null));
        Campaign first = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of(fans.id().value()));
        Campaign second = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of(fans.id().value(), other.id().value()));
        launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of(other.id().value()));
        measure();

        AudienceReport report = analytics.audience(owner, AudienceInsightsQuery.of(fans.id(), null, null));

        assertThat(report.period()).isEqualTo(new AnalyticsPeriod(DAY_ONE.minusDays(29), DAY_ONE));
        assertThat(report.campaigns()).extracting(AudienceReport.CampaignLine::campaignId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        long impressions = report.campaigns().stream().mapToLong(l -> l.totals().impressions()).sum();
        assertThat(report.impressions()).isEqualTo(impressions).isPositive();
        assertThat(report.spend()).singleElement().satisfies(m -> assertThat(m).isEqualTo(
                report.campaigns().get(0).totals().spend().plus(report.campaigns().get(1).totals().spend())));
        assertRejected(() -> analytics.audience(core.member(Role.OWNER), AudienceInsightsQuery.of(fans.id(), null,
                null)), ErrorCode.NOT_FOUND);
    }

    @Test
    void the_overview_counts_what_campaigns_spent_in_its_period() {
        Campaign first = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of());
        Campaign second = launched(SandboxAdsPlatform.EUR_ACCOUNT, List.of());
        measure();

        AnalyticsOverview day = core.analytics().overview(owner, AnalyticsPeriod.of("2026-03-01", "2026-03-01"));
        AnalyticsOverview before = core.analytics().overview(owner, AnalyticsPeriod.of("2026-02-01", "2026-02-28"));

        Money spent = campaigns.get(owner, first.id()).metrics().spend()
                .plus(campaigns.get(owner, second.id()).metrics().spend());
        assertThat(spent.isPositive()).isTrue();
        assertThat(day.campaignSpend()).containsExactly(spent);
        assertThat(before.campaignSpend()).isEmpty();
    }

    @Test
    void reads_are_for_the_organization_and_wrong_periods_name_their_fields() {
        Campaign campaign = launched(null, List.of());

        assertRejected(() -> analytics.campaign(core.member(Role.VIEWER), CampaignAnalyticsQuery.of(campaign.id(),
                null, null, null)), ErrorCode.NOT_FOUND);
        assertThat(analytics.campaign(Caller.member(owner.organizationId(), owner.userId(), Role.VIEWER),
                CampaignAnalyticsQuery.of(campaign.id(), null, null, null)).campaignId()).isEqualTo(campaign.id());
        assertInvalid(() -> CampaignAnalyticsQuery.of(campaign.id(), "yesterday", "2026-13-01", "week"), "from", "to",
                "granularity");
        assertInvalid(() -> CampaignAnalyticsQuery.of(campaign.id(), "2026-03-02", "2026-03-01", null), "to");
        assertInvalid(() -> ExportCampaignCommand.of(campaign.id(), null, null, "age"), "breakdown");
        assertInvalid(() -> analytics.campaign(owner, CampaignAnalyticsQuery.of(campaign.id(), "2020-01-01",
                "2026-03-01", null)), "to");
        assertThat(CampaignBreakdown.parse(" Publisher_Platform ", "b")).isEqualTo(CampaignBreakdown.PUBLISHER_PLATFORM);
        assertInvalid(() -> ExportCampaignCommand.of(campaign.id(), null, null, "hourly_reading"), "breakdown");
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    private String csv(ExportCampaignCommand command) throws IOException {
        StringWriter out = new StringWriter();
        analytics.export(owner, command).writeTo(out);
        return out.toString();
    }
}
