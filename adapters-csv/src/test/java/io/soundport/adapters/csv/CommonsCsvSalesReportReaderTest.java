package io.soundport.adapters.csv;

import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.report.ReportLayout;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CommonsCsvSalesReportReaderTest {
    private static final Currency USD = Currency.getInstance("USD");
    private final CommonsCsvSalesReportReader reader = new CommonsCsvSalesReportReader();

    private List<ReportRow> read(InputStream in, ReportLayout layout) {
        List<ReportRow> rows = new ArrayList<>();
        long count = reader.read(in, layout, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    private List<ReportRow> read(String text, ReportLayout layout) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), layout);
    }

    private static InputStream resource(String name) {
        return CommonsCsvSalesReportReaderTest.class.getResourceAsStream("/reports/" + name);
    }

    private static ReportRow.Line line(ReportRow row) {
        assertThat(row).as("%s", row).isInstanceOf(ReportRow.Line.class);
        return (ReportRow.Line) row;
    }

    private static ReportRow.Rejected rejected(ReportRow row) {
        assertThat(row).as("%s", row).isInstanceOf(ReportRow.Rejected.class);
        return (ReportRow.Rejected) row;
    }

    @Test
    void a_distrokid_export_gives_song_rows_and_refuses_albums_and_returns_saying_why() {
        List<ReportRow> rows = read(resource("distrokid.tsv"), new ReportLayout(ReportLayout.Kind.DISTROKID, Map.of()));

        assertThat(rows).hasSize(4);
        ReportRow.Line sunset = line(rows.get(0));
        assertThat(sunset.row()).isEqualTo(2);
        assertThat(sunset.isrc().value()).isEqualTo("USRC17607839");
        assertThat(sunset.store().name()).isEqualTo("spotify");
        assertThat(sunset.country().code()).isEqualTo("GB");
        assertThat(sunset.occurredAt()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(sunset.count()).isEqualTo(1200);
        assertThat(sunset.revenue()).isEqualTo(new Revenue(4_081_235, USD));
        assertThat(line(rows.get(1)).store().name()).isEqualTo("apple_music");
        assertThat(rejected(rows.get(2)).reasons()).singleElement().asString()
                .startsWith("ISRC: is empty, as on every album's row");
        assertThat(rejected(rows.get(3)).reasons()).hasSize(3).anySatisfy(r -> assertThat(r).startsWith("Quantity:"))
                .anySatisfy(r -> assertThat(r).startsWith("Country of Sale:"))
                .anySatisfy(r -> assertThat(r).startsWith("Earnings (USD):").contains("negative"));
    }

    @Test
    void a_tunecore_report_reads_uk_as_gb_and_total_earned_in_its_currency() {
        List<ReportRow> rows = read(resource("tunecore.csv"), new ReportLayout(ReportLayout.Kind.TUNECORE, Map.of()));

        ReportRow.Line deezer = line(rows.get(0));
        assertThat(deezer.country().code()).isEqualTo("GB");
        assertThat(deezer.count()).isEqualTo(50);
        assertThat(deezer.revenue()).isEqualTo(new Revenue(133_300, Currency.getInstance("GBP")));
        assertThat(rejected(rows.get(1)).reasons()).singleElement().asString().startsWith("Optional ISRC: is empty");
    }

    @Test
    void a_generic_report_finds_its_delimiter_and_takes_renamed_columns_dates_and_months() {
        String report = "\uFEFFTrack ISRC;Store;Territory;When;Plays;Amount;Cur\n"
                + "US-RC1-76-07839;Spotify;fr;2026-11-30T21:04:05+01:00;3;0.012;EUR\n"
                + "USRC17607840;\"Deezer; HiFi\";ZZ;2026-11-30;1;;\n"
                + "USRC17607840;Deezer;BR;2026-11;7;;\n";
        ReportLayout layout = ReportLayout.of("generic", Map.of("isrc", "Track ISRC", "partner", "store",
                "country", "Territory", "occurred_at", "When", "count", "Plays", "revenue", "Amount",
                "currency", "Cur"));

        List<ReportRow> rows = read(report, layout);

        assertThat(rows).allSatisfy(r -> assertThat(r).isInstanceOf(ReportRow.Line.class));
        assertThat(line(rows.get(0)).occurredAt()).isEqualTo(Instant.parse("2026-11-30T20:04:05Z"));
        assertThat(line(rows.get(0)).revenue()).isEqualTo(new Revenue(12_000, Currency.getInstance("EUR")));
        assertThat(line(rows.get(1)).store().name()).isEqualTo("deezer_hifi");
        assertThat(line(rows.get(1)).country().code()).isEqualTo("ZZ");
        assertThat(line(rows.get(1)).revenue()).isNull();
        assertThat(line(rows.get(2)).occurredAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void a_row_gets_every_reason_at_once_and_keys_are_the_senders_or_the_same_for_the_same_file() {
        String report = "event_id,track_id,isrc,partner,country,occurred_at,count,revenue,currency\n"
                + "sale-1,,USRC17607839,spotify,US,2026-11-30,2,0.01,USD\n"
                + ",,nope,,Atlantis,yesterday,two,ten,USD\n"
                + ",trk_01JZZZZZZZZZZZZZZZZZZZZZZZ,,tidal,US,2026-11-30,1,0.5,EURO\n"
                + ",,USRC17607839,spotify,US,2026-11-30,2,0.01,USD\n";

        List<ReportRow> first = read(report, ReportLayout.GENERIC);
        List<ReportRow> again = read(report, ReportLayout.GENERIC);

        assertThat(line(first.get(0)).key().value()).isEqualTo("sale-1");
        assertThat(rejected(first.get(1)).reasons()).hasSize(6);
        assertThat(rejected(first.get(2)).reasons()).singleElement().asString().startsWith("revenue:");
        assertThat(line(first.get(3)).key()).isEqualTo(line(again.get(3)).key());
        assertThat(line(first.get(3)).key().value()).startsWith("rpt-").endsWith("-5");
    }

    @Test
    void a_file_that_is_not_of_the_layout_is_refused_naming_the_file() {
        assertFileRefused("", ReportLayout.GENERIC, "no header line");
        assertFileRefused("isrc,store,country\nUSRC17607839,x,US\n", ReportLayout.GENERIC, "'partner'");
        assertFileRefused("a,b\n1,2\n", ReportLayout.GENERIC, "no track_id or isrc column");
        assertFileRefused("Store\tISRC\nSpotify\tUSRC17607839\n", new ReportLayout(ReportLayout.Kind.DISTROKID,
                Map.of()), "'Country of Sale'");
        byte[] latin1 = "isrc,partner,country,occurred_at\nUSRC17607839,Spotify,US,2026-11-30 caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> read(new ByteArrayInputStream(latin1), ReportLayout.GENERIC));
        assertThat(e.details()).extracting(FieldError::field).containsExactly("file");
    }

    @Test
    void a_large_report_streams_through_without_being_held() {
        byte[] header = "isrc,partner,country,occurred_at,count\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "USRC17607839,Spotify,US,2026-11-30,1\n".getBytes(StandardCharsets.UTF_8);
        int rows = 200_000;
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(header));
        IntStream.range(0, rows).forEach(i -> parts.add(new ByteArrayInputStream(row)));
        AtomicLong lines = new AtomicLong();

        long read = reader.read(new SequenceInputStream(Collections.enumeration(parts)), ReportLayout.GENERIC,
                r -> lines.addAndGet(r instanceof ReportRow.Line ? 1 : 0));

        assertThat(read).isEqualTo(rows);
        assertThat(lines.get()).isEqualTo(rows);
    }

    private void assertFileRefused(String report, ReportLayout layout, String says) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> read(report, layout));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).extracting(FieldError::field).containsExactly("file");
        assertThat(e.getMessage()).contains(says);
    }

}
