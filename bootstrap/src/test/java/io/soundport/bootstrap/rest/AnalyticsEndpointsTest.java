package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsEndpointsTest extends RestTest {

    /** The owner's catalog: two tracks of one release. */
    private record Catalog(Account owner, String first, String second) {
    }

    private static Catalog catalog() {
        Account owner = register();
        String release = ingest(owner, "Analysed");
        JsonNode tracks = owner.api().get("/releases/" + release).expect(200).json().path("tracks");
        return new Catalog(owner, tracks.get(0).path("id").asText(), tracks.get(1).path("id").asText());
    }

    private static Map<String, Object> stream(String track, String country, String at, long count, String amount,
                                              String currency) {
        Map<String, Object> event = new java.util.LinkedHashMap<>(obj("event_id", UUID.randomUUID().toString(),
                "track_id", track, "partner", "spotify", "country", country, "occurred_at", at, "count", count));
        if (amount != null) {
            event.put("revenue", obj("amount", amount, "currency", currency));
        }
        return event;
    }

    private static Api.Response post(Account who, List<Map<String, Object>> events) {
        return who.api().post("/analytics/streams", obj("events", events));
    }

    @Test
    void counted_streams_are_read_back_in_the_overview_the_track_series_and_the_revenue_report() {
        Catalog c = catalog();
        List<Map<String, Object>> batch = List.of(
                stream(c.first(), "GB", "2026-02-10T10:15:00Z", 5, "0.017", "USD"),
                stream(c.first(), "DE", "2026-02-11T10:00:00+01:00", 2, "0.0060", "EUR"),
                stream(c.second(), "GB", "2026-02-12T23:30:00Z", 9, null, null),
                stream(c.first(), "GB", "2026-03-01T00:00:00Z", 100, "1", "USD"));

        JsonNode recorded = post(c.owner(), batch).expect(200).json();
        JsonNode again = post(c.owner(), batch).expect(200).json();

        assertThat(recorded.toString()).isEqualTo("{\"received\":4,\"recorded\":4,\"duplicates\":0}");
        assertThat(again.toString()).isEqualTo("{\"received\":4,\"recorded\":0,\"duplicates\":4}");
        JsonNode overview = c.owner().api().get("/analytics/overview?from=2026-02-01&to=2026-02-28").expect(200)
                .json();
        assertThat(overview.path("totals").toString()).isEqualTo("{\"streams\":16,\"revenue\":["
                + "{\"amount\":\"0.006000\",\"currency\":\"EUR\"},{\"amount\":\"0.017000\",\"currency\":\"USD\"}]}");
        assertThat(overview.path("top_tracks").get(0).path("track_id").asText()).isEqualTo(c.second());
        assertThat(overview.path("top_tracks").get(0).path("title").asText()).isNotBlank();
        assertThat(overview.path("top_countries").get(0).path("country").asText()).isEqualTo("GB");
        assertThat(overview.path("top_countries").get(0).path("totals").path("streams").asLong()).isEqualTo(14);

        JsonNode track = c.owner().api().get("/analytics/tracks/" + c.first() + "?from=2026-02-10&to=2026-02-11")
                .expect(200).json();
        assertThat(track.path("granularity").asText()).isEqualTo("day");
        assertThat(track.path("series")).extracting(p -> p.path("start").asText() + "=" + p.path("totals")
                .path("streams").asLong()).containsExactly("2026-02-10T00:00:00Z=5", "2026-02-11T00:00:00Z=2");
        assertThat(track.path("by_country")).extracting(b -> b.path("country").asText()).containsExactly("GB", "DE");
        assertThat(track.path("by_partner").get(0).path("partner").asText()).isEqualTo("spotify");
        JsonNode hourly = c.owner().api().get("/analytics/tracks/" + c.first()
                + "?from=2026-02-10&to=2026-02-10&granularity=hour").expect(200).json();
        assertThat(hourly.path("series")).hasSize(24);
        assertThat(hourly.path("series").get(10).path("totals").path("streams").asLong()).isEqualTo(5);

        JsonNode report = c.owner().api().get("/analytics/reports?period=2026-02..2026-03").expect(200).json();
        assertThat(report.path("lines")).extracting(l -> l.path("month").asText() + " " + l.path("partner").asText()
                + " " + l.path("totals").path("streams").asLong())
                .containsExactly("2026-02 spotify 16", "2026-03 spotify 100");
        assertThat(report.path("totals").path("revenue").toString()).contains("\"amount\":\"1.017000\"");
    }

    @Test
    void streams_of_the_last_hour_are_counted_minute_by_minute() {
        Catalog c = catalog();
        Instant now = Instant.now();
        post(c.owner(), List.of(stream(c.first(), "US", now.toString(), 3, null, null),
                stream(c.first(), "US", now.minus(20, ChronoUnit.MINUTES).toString(), 4, null, null))).expect(200);

        JsonNode realtime = c.owner().api().get("/streaming/realtime/" + c.first()).expect(200).json();

        assertThat(realtime.path("minutes")).hasSize(60);
        assertThat(realtime.path("total").asLong()).isEqualTo(7);
        assertThat(realtime.path("minutes").get(59).path("streams").asLong()).isBetween(0L, 3L);
        c.owner().api().get("/streaming/realtime/" + c.second()).expect(200);
        register().api().get("/streaming/realtime/" + c.first()).error(404, "NOT_FOUND");
    }

    @Test
    void a_wrong_event_refuses_the_batch_naming_its_fields_and_nothing_is_counted() {
        Catalog c = catalog();
        Catalog other = catalog();
        List<Map<String, Object>> malformed = List.of(
                stream(c.first(), "GB", "2026-02-10T10:00:00Z", 1, null, null),
                stream(c.first(), "XX", "yesterday", 0, "0.1234567", "USD"));
        List<Map<String, Object>> unknown = List.of(
                stream(c.first(), "GB", "2026-02-10T10:00:00Z", 1, null, null),
                stream(other.first(), "GB", "2026-02-10T10:00:00Z", 1, null, null),
                stream(c.first(), "GB", "2099-01-01T00:00:00Z", 1, null, null),
                obj("event_id", "by-isrc", "isrc", "ZZ-ZZZ-99-99999", "partner", "Apple Music", "country", "FR",
                        "occurred_at", "2026-02-10T10:00:00Z"));

        assertThat(post(c.owner(), malformed).error(400, "VALIDATION_ERROR").path("details"))
                .extracting(d -> d.path("field").asText()).containsExactlyInAnyOrder("events[1].country",
                        "events[1].occurred_at", "events[1].count", "events[1].revenue.amount");
        assertThat(post(c.owner(), unknown).error(400, "VALIDATION_ERROR").path("details"))
                .extracting(d -> d.path("field").asText()).containsExactlyInAnyOrder("events[1].track_id",
                        "events[2].occurred_at", "events[3].isrc");
        post(c.owner(), List.of()).error(400, "VALIDATION_ERROR");
        c.owner().api().post("/analytics/streams", null).error(400, "VALIDATION_ERROR");
        c.owner().api().get("/analytics/overview?from=2026-02-10").error(400, "VALIDATION_ERROR");
        c.owner().api().get("/analytics/reports?period=last-year").error(400, "VALIDATION_ERROR");
        c.owner().api().get("/analytics/tracks/" + other.first() + "?from=2026-02-10&to=2026-02-10")
                .error(404, "NOT_FOUND");
        assertThat(c.owner().api().get("/analytics/overview?from=2026-01-01&to=2026-12-31").expect(200).json()
                .path("totals").path("streams").asLong()).isZero();
    }

    @Test
    void viewers_and_read_keys_read_and_only_writers_send() {
        Catalog c = catalog();
        Account viewer = member(c.owner(), "VIEWER");
        Api readKey = api.withKey(createKey(c.owner(), "read"));
        Api writeKey = api.withKey(createKey(c.owner(), "write"));
        List<Map<String, Object>> one = List.of(stream(c.first(), "GB", "2026-02-10T10:00:00Z", 1, null, null));

        viewer.api().post("/analytics/streams", obj("events", one)).error(403, "AUTHORIZATION_ERROR");
        readKey.post("/analytics/streams", obj("events", one)).error(403, "AUTHORIZATION_ERROR");
        writeKey.post("/analytics/streams", obj("events", one)).expect(200);

        assertThat(viewer.api().get("/analytics/overview?from=2026-02-10&to=2026-02-10").expect(200).json()
                .path("totals").path("streams").asLong()).isEqualTo(1);
        readKey.get("/analytics/reports?period=2026").expect(200);
    }
}
