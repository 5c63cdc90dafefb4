package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ReportImportEndpointsTest extends RestTest {
    private static final String DISTROKID_HEADER = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\t"
            + "Quantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n";

    /** The ISRCs of a release of the owner's catalog ({@link #ingest}: US-RC1-76-07839 and GBAYE0601498). */
    private static List<String> isrcs(Account owner) {
        String release = ingest(owner, "Reported");
        JsonNode tracks = owner.api().get("/releases/" + release).expect(200).json().path("tracks");
        return List.of(tracks.get(0).path("isrc").asText(), tracks.get(1).path("isrc").asText());
    }

    private static JsonNode finished(Account owner, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode reportImport = owner.api().get(location).expect(200).json();
        while (!List.of("SUCCEEDED", "FAILED").contains(reportImport.path("status").asText())) {
            assertThat(Instant.now()).as("waiting for %s", reportImport).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reportImport = owner.api().get(location).expect(200).json();
        }
        return reportImport;
    }

    @Test
    void a_distrokid_export_is_imported_in_the_background_with_its_rejected_rows_and_their_reasons() {
        Account owner = register();
        List<String> isrcs = isrcs(owner);
        String report = DISTROKID_HEADER
                + "2026-11-05\t2026-09\tSpotify\tA\tOne\t" + isrcs.get(0) + "\t\t1200\t100\tSong\tGB\t0\t4.08\n"
                + "2026-11-05\t2026-09\tApple Music\tA\tTwo\t" + isrcs.get(1) + "\t\t300\t100\tSong\tUS\t0\t2.1\n"
                + "2026-11-05\t2026-09\tiTunes\tA\tAlbum\t\t036000291452\t2\t100\tAlbum\tDE\t0\t13.98\n"
                + "2026-11-05\t2026-09\tTidal\tA\tOther\tGB-ZZZ-98-99999\t\t5\t100\tSong\tNO\t0\t0.01\n";

        Api.Response accepted = owner.api().send("POST", "/analytics/reports/import?layout=distrokid", report,
                "text/tab-separated-values");

        accepted.expect(202);
        assertThat(accepted.text("status")).isEqualTo("QUEUED");
        JsonNode done = finished(owner, accepted.header("Location"));
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(List.of(done.path("rows").asLong(), done.path("recorded").asLong(), done.path("rejected").asLong()))
                .containsExactly(4L, 2L, 2L);
        assertThat(done.path("rejections")).extracting(r -> r.path("row").asLong()).containsExactly(4L, 5L);
        String rejections = owner.api().get(accepted.header("Location") + "/rejections").expect(200).body();
        assertThat(rejections).startsWith("row,reasons\r\n4,\"ISRC: is empty, as on every album's row")
                .contains("5,\"ISRC: no track of this organization's catalog has GBZZZ9899999\"");
        JsonNode september = owner.api().get("/analytics/overview?from=2026-09-01&to=2026-09-30").expect(200).json();
        assertThat(september.path("totals").toString()).isEqualTo("{\"streams\":1500,\"revenue\":"
                + "[{\"amount\":\"6.180000\",\"currency\":\"USD\"}]}");

        Api.Response again = owner.api().send("POST", "/analytics/reports/import?layout=distrokid", report,
                "text/tab-separated-values");
        assertThat(finished(owner, again.expect(202).header("Location")).path("duplicates").asLong()).isEqualTo(2);
        register().api().get(accepted.header("Location")).error(404, "NOT_FOUND");
    }

    /**
     * On memory and PostgreSQL (5 s there). Not on DynamoDB Local, whose transactions of a hundred conditional writes
     * take 100 ms to a second each in the emulator on a busy machine, so that this file would take minutes: there,
     * the import's path is the DistroKid test's, and the adapter's chunking and races are StreamFactsContract's.
     */
    @Test
    void a_hundred_thousand_rows_are_counted_and_every_rejected_row_is_reported() {
        assumeFalse(System.getProperty("soundport.test.persistence", "memory").equals("dynamodb"),
                "DynamoDB Local is too slow for 100,000 rows in the suite");
        Account owner = register();
        List<String> isrcs = isrcs(owner);
        int rows = 100_000;
        StringBuilder report = new StringBuilder(rows * 48).append("ISRC Code;Store;Country;Day;Plays\n");
        for (int i = 0; i < rows; i++) {
            boolean bad = i % 10 == 9;
            report.append(bad ? "GB-ZZZ-98-99999" : isrcs.get(i % 2)).append(";spotify;")
                    .append(i % 3 == 0 ? "FR" : "BR").append(";2026-10-").append(String.format("%02d", 1 + i % 28))
                    .append(";").append(1 + i % 4).append('\n');
        }

        Api.Response accepted = owner.api().send("POST", "/analytics/reports/import?columns.isrc=ISRC%20Code"
                + "&columns.partner=Store&columns.occurred_at=Day&columns.count=Plays", report.toString(), "text/csv");

        JsonNode done = finished(owner, accepted.expect(202).header("Location"));
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("rows").asLong()).isEqualTo(rows);
        assertThat(done.path("recorded").asLong()).isEqualTo(rows - rows / 10);
        assertThat(done.path("rejected").asLong()).isEqualTo(rows / 10);
        assertThat(done.path("rejections")).hasSize(20);
        String rejections = owner.api().get(accepted.header("Location") + "/rejections").expect(200).body();
        assertThat(rejections.split("\r\n")).hasSize(1 + rows / 10);
        long plays = 0;
        for (int i = 0; i < rows; i++) {
            plays += i % 10 == 9 ? 0 : 1 + i % 4;
        }
        assertThat(owner.api().get("/analytics/overview?from=2026-10-01&to=2026-10-31").expect(200).json()
                .path("totals").path("streams").asLong()).isEqualTo(plays);
    }

    @Test
    void a_file_not_of_its_layout_is_refused_and_only_writers_import() {
        Account owner = register();
        String generic = "isrc,partner,country,occurred_at\nUS-RC1-76-07839,spotify,US,2026-10-01\n";

        assertThat(owner.api().send("POST", "/analytics/reports/import?layout=tunecore", generic, "text/csv")
                .error(400, "VALIDATION_ERROR").path("details").get(0).path("field").asText()).isEqualTo("file");
        owner.api().send("POST", "/analytics/reports/import?layout=excel", generic, "text/csv")
                .error(400, "VALIDATION_ERROR");
        owner.api().send("POST", "/analytics/reports/import?columns.plays=Units", generic, "text/csv")
                .error(400, "VALIDATION_ERROR");
        member(owner, "VIEWER").api().send("POST", "/analytics/reports/import", generic, "text/csv")
                .error(403, "AUTHORIZATION_ERROR");
        owner.api().get("/analytics/reports/imports/rpi_01JZZZZZZZZZZZZZZZZZZZZZZZ").error(404, "NOT_FOUND");
    }
}
