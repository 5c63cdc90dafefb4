package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Audience;
import io.soundport.sdk.model.AudienceInsights;
import io.soundport.sdk.model.AudienceMembersAdded;
import io.soundport.sdk.model.AudienceSource;
import io.soundport.sdk.model.AudienceSyncStatus;
import io.soundport.sdk.model.AudienceType;
import io.soundport.sdk.model.AuthorizationStart;
import io.soundport.sdk.model.Campaign;
import io.soundport.sdk.model.CampaignAnalytics;
import io.soundport.sdk.model.CampaignCountryTotals;
import io.soundport.sdk.model.CampaignGoal;
import io.soundport.sdk.model.CampaignPlatformTotals;
import io.soundport.sdk.model.CampaignPoint;
import io.soundport.sdk.model.CampaignStatus;
import io.soundport.sdk.model.Connection;
import io.soundport.sdk.model.ConnectionStatus;
import io.soundport.sdk.model.GoalMetric;
import io.soundport.sdk.model.IntegrationProvider;
import io.soundport.sdk.model.MetaCampaignStatus;
import io.soundport.sdk.model.Money;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.SpotifyFeaturesStatus;
import io.soundport.sdk.model.SpotifyTrack;
import io.soundport.sdk.model.TrackSync;
import io.soundport.sdk.model.TrackSyncStatus;
import io.soundport.sdk.param.AnalyticsGranularity;
import io.soundport.sdk.param.AudienceCreateParams;
import io.soundport.sdk.param.AudienceListParams;
import io.soundport.sdk.param.AudienceLookalikeParams;
import io.soundport.sdk.param.AudienceSyncParams;
import io.soundport.sdk.param.CampaignBreakdown;
import io.soundport.sdk.param.CampaignCreateParams;
import io.soundport.sdk.param.CampaignListParams;
import io.soundport.sdk.param.CampaignUpdateParams;
import io.soundport.sdk.param.MetaAudiencePerson;
import io.soundport.sdk.param.MetaCampaignObjective;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.SpotifyTimeRange;
import io.soundport.sdk.param.SpotifyTopParams;
import io.soundport.sdk.param.TrackListParams;
import io.soundport.sdk.param.TrackSyncParams;
import io.soundport.sdk.param.TrackSyncSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connecting Spotify and Meta, reading Spotify's data and importing tracks through the SDK against the real server, on
 * its sandbox providers (no client ids configured): the sandbox approves at once, so the authorization URL is the
 * server's callback, which a browser would open.
 */
class IntegrationsEndToEndTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDir;
    static EmbeddedServer server;

    @BeforeAll
    static void startServer() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-integrations-secret-sdk-integrations-secret-0123",
                "soundport.security.bcrypt-cost", 10,
                "soundport.workers.poll-interval", "50ms",
                "soundport.marketing.insights-interval", "1s",
                "soundport.data-dir", dataDir.toString()));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** What the user's browser does with the authorization page: here, the server's own callback. */
    private static void openInBrowser(AuthorizationStart start) throws IOException, InterruptedException {
        URI url = start.authorizationUrl();
        URI onThisServer = server.getURI().resolve(url.getRawPath() + "?" + url.getRawQuery());
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(onThisServer)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("connected");
    }

    @Test
    void a_user_connects_spotify_reads_it_imports_tracks_and_disconnects() throws Exception {
        SoundportClient client = owner();
        assertThatThrownBy(() -> client.spotify().profile()).isInstanceOf(ConflictException.class)
                .isNotInstanceOf(ReconnectRequiredException.class);

        AuthorizationStart start = client.integrations().connect(IntegrationProvider.SPOTIFY);
        assertThat(start.provider()).isEqualTo(IntegrationProvider.SPOTIFY);
        openInBrowser(start);

        Connection connection = client.integrations().list().get(0);
        assertThat(connection.provider()).isEqualTo(IntegrationProvider.SPOTIFY);
        assertThat(connection.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(connection.providerUserId()).isEqualTo("sandbox-listener");
        assertThat(client.spotify().profile().displayName()).isEqualTo("Sandbox Listener");
        SearchPage<SpotifyTrack> top = client.spotify().topTracks(SpotifyTopParams.builder()
                .timeRange(SpotifyTimeRange.SHORT_TERM).limit(2).build());
        assertThat(top.data()).hasSize(2);
        assertThat(client.spotify().trackAnalytics(top.data().get(0).id()).featuresStatus())
                .isIn(SpotifyFeaturesStatus.AVAILABLE, SpotifyFeaturesStatus.NOT_AVAILABLE_FOR_APPLICATION);

        TrackSync sync = client.tracks().syncFromSpotify(TrackSyncParams.builder()
                .source(TrackSyncSource.SAVED_TRACKS).limit(3).build());
        assertThat(sync.status()).isEqualTo(TrackSyncStatus.QUEUED);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!sync.status().finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            sync = client.tracks().retrieveSync(sync.id());
        }
        assertThat(sync.status()).isEqualTo(TrackSyncStatus.SUCCEEDED);
        assertThat(sync.imported()).isEqualTo(3);
        assertThat(client.tracks().list(TrackListParams.builder().limit(10).build()).data()).hasSize(3);

        client.integrations().disconnect(IntegrationProvider.SPOTIFY);
        assertThat(client.integrations().list()).isEmpty();
        assertThatThrownBy(() -> client.integrations().disconnect(IntegrationProvider.SPOTIFY))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void meta_connects_too_and_unknown_imports_are_not_found() throws Exception {
        SoundportClient client = owner();

        openInBrowser(client.integrations().connect(IntegrationProvider.META));

        assertThat(client.integrations().list()).extracting(Connection::provider)
                .containsExactly(IntegrationProvider.META);
        assertThatThrownBy(() -> client.tracks().retrieveSync("tsy_01JDX4N8QK4M6P8R0T2V4X6Z8B"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_campaign_in_a_meta_ad_account_is_created_launched_on_meta_paused_changed_and_archived() throws Exception {
        SoundportClient client = owner();
        openInBrowser(client.integrations().connect(IntegrationProvider.META));
        Release release = client.releases().create(ReleaseCreateParams.builder().title("Night Drive")
                .artistName("The Midnight").build());

        Campaign draft = client.campaigns().create(CampaignCreateParams.builder().name("Night Drive launch")
                .objective(MetaCampaignObjective.OUTCOME_AWARENESS).releaseId(release.id())
                .budget(Money.of("1000.00", "EUR")).dailyBudget(Money.of("50", "EUR"))
                .startDate(LocalDate.of(2026, 1, 1)).adAccountId("act_1000000001")
                .goal(CampaignGoal.of(GoalMetric.CLICKS, 1_000_000)).build());
        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.budget().amount()).isEqualByComparingTo("1000");
        assertThat(draft.goal().metric()).isEqualTo(GoalMetric.CLICKS);

        Campaign active = client.campaigns().launch(draft.id(), RequestOptions.builder().ifMatch(draft.version())
                .build());
        assertThat(active.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(client.meta().retrieveCampaign(active.metaCampaignId()).status())
                .isEqualTo(MetaCampaignStatus.ACTIVE);
        Campaign paused = client.campaigns().pause(active.id());
        assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(client.meta().retrieveCampaign(active.metaCampaignId()).status())
                .isEqualTo(MetaCampaignStatus.PAUSED);
        assertThatThrownBy(() -> client.campaigns().pause(active.id())).isInstanceOf(ConflictException.class);

        Campaign raised = client.campaigns().update(paused.id(), CampaignUpdateParams.builder()
                .dailyBudget(Money.of("75", "EUR")).build());
        assertThat(raised.dailyBudget().amount()).isEqualByComparingTo("75");
        assertThat(client.campaigns().list(CampaignListParams.builder().status(CampaignStatus.PAUSED).build())
                .data()).extracting(Campaign::id).containsExactly(paused.id());
        Campaign archived = client.campaigns().update(paused.id(), CampaignUpdateParams.builder().archive().build());
        assertThat(archived.status()).isEqualTo(CampaignStatus.ARCHIVED);
        client.campaigns().delete(archived.id());
        assertThatThrownBy(() -> client.campaigns().retrieve(archived.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_measured_campaigns_results_are_read_exported_and_added_up_for_its_audience() throws Exception {
        SoundportClient client = owner();
        openInBrowser(client.integrations().connect(IntegrationProvider.META));
        Release release = client.releases().create(ReleaseCreateParams.builder().title("Night Drive")
                .artistName("The Midnight").build());
        Audience fans = client.audiences().create(AudienceCreateParams.builder().name("Fans").build());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Campaign draft = client.campaigns().create(CampaignCreateParams.builder().name("Night Drive launch")
                .objective(MetaCampaignObjective.OUTCOME_AWARENESS).releaseId(release.id())
                .budget(Money.of("100000", "EUR")).startDate(today).adAccountId("act_1000000001")
                .audienceIds(List.of(fans.id())).build());
        client.campaigns().launch(draft.id());
        Campaign measured = awaitMeasured(client, draft.id());

        CampaignAnalytics report = client.analytics().campaign(measured.id(), null, null, null);
        CampaignAnalytics hourly = client.analytics().campaign(measured.id(), today, today,
                AnalyticsGranularity.HOUR);
        String csv = client.analytics().exportCampaign(measured.id(), today, today, CampaignBreakdown.COUNTRY);
        AudienceInsights insights = client.analytics().audienceInsights(fans.id(), null, null);

        assertThat(report.from()).isEqualTo(today);
        assertThat(report.series()).singleElement().satisfies(day -> assertThat(day.reach()).isPositive());
        assertThat(hourly.series()).hasSize(24).allSatisfy(hour -> assertThat(hour.reach()).isNull());
        assertThat(hourly.series().stream().mapToLong(CampaignPoint::impressions).sum())
                .isEqualTo(measured.metrics().impressions());
        assertThat(report.totals().impressions()).isEqualTo(measured.metrics().impressions()).isPositive();
        assertThat(report.totals().spend()).isEqualTo(measured.metrics().spend());
        assertThat(report.byCountry()).extracting(CampaignCountryTotals::country).contains("FR", "US");
        assertThat(report.byPlatform()).extracting(CampaignPlatformTotals::publisherPlatform).contains("instagram");
        assertThat(csv.lines()).first().isEqualTo("date,country,impressions,reach,clicks,spend,currency,conversions");
        assertThat(csv.lines()).hasSize(5);
        assertThat(insights.campaigns()).singleElement().satisfies(line -> {
            assertThat(line.campaignId()).isEqualTo(measured.id());
            assertThat(line.totals().impressions()).isEqualTo(report.totals().impressions());
        });
        assertThat(client.analytics().overview(today, today).campaignSpend())
                .containsExactly(report.totals().spend());
        assertThatThrownBy(() -> client.analytics().campaign(measured.id(), today, today.minusDays(1), null))
                .isInstanceOf(ValidationException.class);
    }

    private static Campaign awaitMeasured(SoundportClient client, String id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Campaign campaign = client.campaigns().retrieve(id);
            if (campaign.metrics().asOf() != null) {
                return campaign;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the campaign was not measured within 20 seconds");
    }

    @Test
    void an_audience_is_filled_made_a_lookalike_of_and_synced_to_meta_through_the_sdk() throws Exception {
        SoundportClient client = owner();
        Audience fans = client.audiences().create(AudienceCreateParams.builder().name("Ticket buyers")
                .source(AudienceSource.USER_PROVIDED_ONLY).country("FR").build());
        assertThat(fans.type()).isEqualTo(AudienceType.CUSTOM);
        AudienceMembersAdded added = client.audiences().addMembers(fans.id(), List.of(
                MetaAudiencePerson.email("fan@example.com"), MetaAudiencePerson.phone("+33 6 12 34 56 78"),
                MetaAudiencePerson.email(" FAN@example.com")));
        assertThat(added.added()).isEqualTo(2);
        assertThat(added.audience().memberCount()).isEqualTo(2);
        assertThat(client.audiences().removeMembers(fans.id(), List.of(MetaAudiencePerson.email("nobody@example.com")))
                .removed()).isZero();
        Audience like = client.audiences().createLookalike(fans.id(),
                AudienceLookalikeParams.of("DE", new BigDecimal("0.05")));
        assertThat(like.lookalike().ratio()).isEqualByComparingTo("0.05");
        assertThat(client.audiences().list(AudienceListParams.lookalikesOf(fans.id())).data())
                .extracting(Audience::id).containsExactly(like.id());
        assertThatThrownBy(() -> client.audiences().syncToMeta(fans.id(), AudienceSyncParams.inAccount(
                "act_1000000001"))).isInstanceOf(ConflictException.class);

        openInBrowser(client.integrations().connect(IntegrationProvider.META));
        Audience syncing = client.audiences().syncToMeta(fans.id(), AudienceSyncParams.inAccount("act_1000000001"));
        assertThat(syncing.meta().syncStatus()).isEqualTo(AudienceSyncStatus.SYNCING);
        Audience synced = awaitSync(client, fans.id());
        assertThat(synced.meta().syncStatus()).isEqualTo(AudienceSyncStatus.SYNCED);
        assertThat(synced.meta().sent()).isEqualTo(2);
        client.audiences().syncToMeta(like.id(), null);
        assertThat(awaitSync(client, like.id()).meta().audienceId()).isNotBlank();

        assertThatThrownBy(() -> client.audiences().delete(fans.id())).isInstanceOf(ConflictException.class);
        client.audiences().delete(like.id());
        client.audiences().delete(fans.id());
        assertThatThrownBy(() -> client.audiences().retrieve(fans.id())).isInstanceOf(NotFoundException.class);
    }

    /** The audience once its sync ended, read every 50 ms for at most 20 seconds. */
    private static Audience awaitSync(SoundportClient client, String id) throws InterruptedException {
        Audience audience = client.audiences().retrieve(id);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (audience.meta().syncStatus() == AudienceSyncStatus.SYNCING && System.nanoTime() < deadline) {
            Thread.sleep(50);
            audience = client.audiences().retrieve(id);
        }
        return audience;
    }

    private static SoundportClient owner() {
        String email = "int-" + UUID.randomUUID() + "@example.com";
        SoundportClient client = SoundportClient.builder().baseUrl(server.getURL().toString())
                .credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        return client;
    }
}
