package io.soundport.application.analytics;

import io.soundport.application.catalog.IngestReleaseCommand.RawTrack;
import io.soundport.application.testing.Core;
import io.soundport.domain.analytics.report.ReportImport;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ReportImportTest {
    private static final String REPORT = """
            isrc,partner,country,occurred_at,count,revenue,currency
            GB-AAA-98-00001,Spotify,GB,2026-02,1000,3.40,USD
            GB-AAA-98-00002,Deezer,FR,2026-02-14,250,0.80,EUR
            GB-ZZZ-98-99999,Spotify,GB,2026-02,5,,
            GB-AAA-98-00001,Tidal,Atlantis,2026-02,5,,
            GB-AAA-98-00001,Tidal,NO,2027-01,5,,
            """;
    private final Core core = new Core();
    private final ReportImportService imports = core.reportImports();
    private final ReportImportWorker worker = core.reportImportWorker();
    private Caller member;

    @BeforeEach
    void a_catalog_with_two_tracks() {
        member = core.member(Role.MEMBER);
        core.releases().ingest(member, aReleaseDraft().tracks(
                new RawTrack("Angel", "GB-AAA-98-00001", 379_000L, false, null),
                new RawTrack("Risingson", "GB-AAA-98-00002", 298_000L, false, null)).build());
    }

    private ReportImport start(String report, String layout, Map<String, String> columns) {
        byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
        return imports.start(member, StartReportImportCommand.of(layout, columns),
                new ReportUpload(new ByteArrayInputStream(bytes), bytes.length));
    }

    private String rejections(ReportImport reportImport) throws IOException {
        try (InputStream in = imports.rejections(member, reportImport.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_report_is_counted_in_the_background_and_its_bad_rows_are_rejected_with_their_reasons() throws IOException {
        ReportImport queued = start(REPORT, null, null);
        assertThat(queued.status()).isEqualTo(ReportImport.Status.QUEUED);
        assertRejected(() -> imports.rejections(member, queued.id()), ErrorCode.CONFLICT);

        assertThat(worker.runOnce("worker-1", 10)).isEqualTo(1);

        ReportImport done = imports.get(member, queued.id());
        assertThat(done.status()).isEqualTo(ReportImport.Status.SUCCEEDED);
        assertThat(done.counts()).isEqualTo(new ReportImport.Counts(5, 2, 0, 3));
        assertThat(done.rejections()).extracting(ReportRow.Rejected::row).containsExactly(4L, 5L, 6L);
        assertThat(done.rejections().get(0).reasons()).singleElement().asString()
                .contains("no track of this organization's catalog has GBZZZ9899999");
        assertThat(rejections(done)).startsWith("row,reasons\r\n4,\"ISRC: no track")
                .contains("\r\n5,\"country: ").contains("\r\n6,\"date: 2027-01-01T00:00:00Z is in the future\"");
        AnalyticsOverview february = core.analytics().overview(member, AnalyticsPeriod.of("2026-02-01", "2026-02-28"));
        assertThat(february.totals().streams()).isEqualTo(1_250);
        assertThat(february.totals().revenue()).extracting(r -> r.currency().getCurrencyCode() + " " + r.micros())
                .containsExactly("EUR 800000", "USD 3400000");
    }

    @Test
    void the_same_report_imported_again_counts_nothing_twice() throws IOException {
        start(REPORT, null, null);
        worker.runOnce("worker-1", 10);

        ReportImport again = start(REPORT, "generic", Map.of());
        worker.runOnce("worker-1", 10);

        assertThat(imports.get(member, again.id()).counts()).isEqualTo(new ReportImport.Counts(5, 0, 2, 3));
        assertThat(core.analytics().overview(member, AnalyticsPeriod.of("2026-02-01", "2026-02-28")).totals()
                .streams()).isEqualTo(1_250);
    }

    @Test
    void a_file_not_of_its_layout_is_refused_at_once_and_a_viewer_imports_nothing() {
        assertInvalid(() -> start("Sale Month\tStore\n2026-02\tSpotify\n", "distrokid", null), "file");
        assertInvalid(() -> start(REPORT, "spreadsheet", null), "layout");
        assertInvalid(() -> start(REPORT, "generic", Map.of("plays", "Units")), "columns");
        assertThat(worker.runOnce("worker-1", 10)).as("nothing was queued").isZero();

        Caller viewer = core.colleague(member, Role.VIEWER);
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        assertRejected(() -> imports.start(viewer, StartReportImportCommand.of(null, null),
                new ReportUpload(new ByteArrayInputStream(bytes), bytes.length)), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(worker.runOnce("worker-1", 10)).isZero();
    }

    @Test
    void a_report_with_no_rejected_row_has_an_empty_rejections_file_and_another_organization_sees_nothing()
            throws IOException {
        ReportImport reportImport = start("isrc,partner,country,occurred_at\nGB-AAA-98-00001,spotify,US,2026-02-01\n",
                null, null);
        worker.runOnce("worker-1", 10);

        assertThat(rejections(imports.get(member, reportImport.id()))).isEqualTo("row,reasons\r\n");
        assertRejected(() -> imports.get(core.member(Role.OWNER), reportImport.id()), ErrorCode.NOT_FOUND);
    }
}
