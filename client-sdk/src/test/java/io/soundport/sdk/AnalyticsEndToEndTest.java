package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AnalyticsOverview;
import io.soundport.sdk.model.RealtimeStreams;
import io.soundport.sdk.model.RecordedStreams;
import io.soundport.sdk.model.RejectedRow;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReportImport;
import io.soundport.sdk.model.ReportImportStatus;
import io.soundport.sdk.model.RevenueTotal;
import io.soundport.sdk.model.TrackStreams;
import io.soundport.sdk.param.AnalyticsGranularity;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReportImportParams;
import io.soundport.sdk.param.StreamEventParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream events in and analytics out through the SDK against the real server. */
class AnalyticsEndToEndTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String NORTHERN_SKIES = "5a4db0c5-0000-4000-8000-000000000101";

    @TempDir
    static Path dataDir;
    static EmbeddedServer server;

    @BeforeAll
    static void startServer() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-analytics-secret-sdk-analytics-secret-0123456",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString()));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void streams_sent_by_isrc_and_id_are_read_back_exactly_and_a_batch_sent_again_counts_nothing_twice() {
        SoundportClient client = owner();
        Release release = client.releases().importFromMusicBrainz(NORTHERN_SKIES);
        String first = release.tracks().get(0).id();
        List<StreamEventParams> batch = List.of(
                StreamEventParams.builder().eventId("sdk-1").isrc("GB-SBX-24-00001").partner("Apple Music")
                        .country("gb").occurredAt(Instant.parse("2026-02-10T10:00:00Z")).count(3)
                        .revenue(new BigDecimal("0.0123"), "EUR").build(),
                StreamEventParams.builder().eventId("sdk-2").trackId(first).partner("spotify").country("US")
                        .occurredAt(Instant.parse("2026-02-11T10:00:00Z")).revenue(new BigDecimal("0.003"), "USD")
                        .build());

        RecordedStreams recorded = client.analytics().recordStreams(batch);
        RecordedStreams again = client.analytics().recordStreams(batch);

        assertThat(recorded).isEqualTo(new RecordedStreams(2, 2, 0));
        assertThat(again).isEqualTo(new RecordedStreams(2, 0, 2));
        AnalyticsOverview overview = client.analytics().overview(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(overview.totals().streams()).isEqualTo(4);
        assertThat(overview.totals().revenue()).containsExactly(new RevenueTotal(new BigDecimal("0.012300"), "EUR"),
                new RevenueTotal(new BigDecimal("0.003000"), "USD"));
        assertThat(overview.topTracks().get(0).title()).isEqualTo("Polar Light");
        TrackStreams track = client.analytics().track(first, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11),
                AnalyticsGranularity.DAY);
        assertThat(track.series()).extracting(p -> p.totals().streams()).containsExactly(3L, 1L);
        assertThat(track.byPartner()).extracting(p -> p.partner()).containsExactly("apple_music", "spotify");
        assertThat(client.analytics().revenueReport("2026-02").lines()).hasSize(2);
    }

    @Test
    void the_last_hour_is_read_minute_by_minute_and_mistakes_are_named() {
        SoundportClient client = owner();
        String track = client.releases().importFromMusicBrainz(NORTHERN_SKIES).tracks().get(1).id();
        client.analytics().recordStreams(List.of(StreamEventParams.builder().eventId(UUID.randomUUID().toString())
                .trackId(track).partner("tidal").country("NO").occurredAt(Instant.now().minus(5, ChronoUnit.MINUTES))
                .count(8).build()));

        RealtimeStreams realtime = client.analytics().realtime(track);

        assertThat(realtime.minutes()).hasSize(60);
        assertThat(realtime.total()).isEqualTo(8);
        assertThatThrownBy(() -> client.analytics().recordStreams(List.of(StreamEventParams.builder()
                .eventId("x").trackId("trk_01JZZZZZZZZZZZZZZZZZZZZZZZ").partner("tidal").country("NO")
                .occurredAt(Instant.now()).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("events[0].track_id"));
        assertThatThrownBy(() -> client.analytics().realtime("trk_01JZZZZZZZZZZZZZZZZZZZZZZZ"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.analytics().recordStreams(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SoundportClient owner() {
        String email = "analytics-" + UUID.randomUUID() + "@example.com";
        SoundportClient client = SoundportClient.builder().baseUrl(server.getURL().toString())
                .credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        return client;
    }

    /** What a {@link RealtimeListener} heard. */
    private static final class Heard implements RealtimeListener {
        final BlockingQueue<RealtimeStreams> counts = new LinkedBlockingQueue<>();
        final List<String> subscribed = new CopyOnWriteArrayList<>();
        final CompletableFuture<SoundportException> error = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        volatile String reason;

        @Override
        public void onSubscribed(String trackId) {
            subscribed.add(trackId);
        }

        @Override
        public void onCounts(RealtimeStreams streams) {
            counts.add(streams);
        }

        @Override
        public void onError(SoundportException e) {
            error.complete(e);
        }

        @Override
        public void onClosed(int code, String reason) {
            this.reason = reason;
            closed.complete(code);
        }

        /** The next counts with this total, waited for at most 20 seconds. */
        RealtimeStreams total(long total) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                RealtimeStreams next = counts.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(next).as("counts totalling %d", total).isNotNull();
                if (next.total() == total) {
                    return next;
                }
            }
        }
    }

    @Test
    void a_subscription_hears_the_counts_as_streams_are_counted_until_it_is_closed() throws Exception {
        SoundportClient client = owner();
        String track = client.releases().importFromMusicBrainz(NORTHERN_SKIES).tracks().get(0).id();
        Heard heard = new Heard();

        try (RealtimeSubscription subscription = client.analytics().subscribeRealtime(track, heard)) {
            heard.total(0);
            client.analytics().recordStreams(List.of(StreamEventParams.builder().eventId(UUID.randomUUID().toString())
                    .trackId(track).partner("spotify").country("SE").occurredAt(Instant.now()).count(6).build()));

            RealtimeStreams pushed = heard.total(6);

            assertThat(pushed.minutes()).hasSize(60);
            assertThat(subscription.latest()).isEqualTo(pushed);
            assertThat(heard.subscribed).containsExactly(track);
        }
        assertThat(heard.closed.get(20, TimeUnit.SECONDS)).as("closed: %s", heard.reason).isEqualTo(1000);
        assertThat(heard.error).isNotDone();
    }

    @Test
    void a_subscription_to_a_track_of_another_organization_or_with_a_revoked_key_is_refused() throws Exception {
        SoundportClient client = owner();
        String track = client.releases().importFromMusicBrainz(NORTHERN_SKIES).tracks().get(0).id();
        Heard stranger = new Heard();
        owner().analytics().subscribeRealtime(track, stranger);

        assertThat(stranger.error.get(20, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class);
        assertThat(stranger.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4404);
        assertThat(stranger.counts).isEmpty();

        Heard unknownKey = new Heard();
        SoundportClient.builder().baseUrl(server.getURL().toString()).apiKey("sp_live_unknown").build()
                .analytics().subscribeRealtime(track, unknownKey);
        assertThat(unknownKey.error.get(20, TimeUnit.SECONDS)).isInstanceOf(AuthenticationException.class);
        assertThat(unknownKey.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void a_sales_report_is_imported_from_a_file_and_its_rejected_rows_read_back() throws Exception {
        SoundportClient client = owner();
        client.releases().importFromMusicBrainz(NORTHERN_SKIES);
        Path report = dataDir.resolve("report-" + UUID.randomUUID() + ".csv");
        java.nio.file.Files.writeString(report, "ISRC Code,partner,country,occurred_at,count\n"
                + "GBSBX2400001,spotify,GB,2026-03,10\n"
                + "GBSBX2400002,spotify,Atlantis,2026-03,5\n");

        ReportImport queued = client.analytics().importReport(report, new ReportImportParams(
                ReportImportParams.Layout.GENERIC, Map.of("isrc", "ISRC Code")));
        ReportImport done = queued;
        for (int i = 0; i < 200 && !done.status().finished(); i++) {
            Thread.sleep(50);
            done = client.analytics().retrieveReportImport(queued.id());
        }

        assertThat(done.status()).isEqualTo(ReportImportStatus.SUCCEEDED);
        assertThat(done.recorded()).isEqualTo(1);
        assertThat(done.rejections()).singleElement().extracting(RejectedRow::row).isEqualTo(3L);
        assertThat(client.analytics().reportRejections(queued.id())).startsWith("row,reasons\r\n3,\"country: ");
        assertThatThrownBy(() -> client.analytics().importReport(report,
                ReportImportParams.of(ReportImportParams.Layout.TUNECORE))).isInstanceOf(ValidationException.class);
    }
}
