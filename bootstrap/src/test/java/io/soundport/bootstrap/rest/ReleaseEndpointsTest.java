package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseEndpointsTest extends RestTest {

    @Test
    void ingesting_a_release_with_tracks_creates_a_draft_with_its_tracks_in_order() {
        Account owner = register();
        String artist = createArtist(owner, "Ingested Artist");
        Map<String, Object> body = releaseBody("Ingested", artist);
        body.put("upc", "036000291452");
        body.put("tracks", List.of(track("Second", "GBAYE0601498", 2), track("First", "US-RC1-76-07839", 1)));

        Api.Response r = owner.api().post("/releases", body);

        r.expect(201);
        JsonNode json = r.json();
        assertThat(json.path("id").asText()).startsWith("rel_");
        assertThat(r.header("Location")).isEqualTo("/api/v1/releases/" + json.path("id").asText());
        assertThat(r.header("ETag")).isEqualTo("\"" + json.path("version").asLong() + "\"");
        assertThat(json.path("title").asText()).isEqualTo("Ingested");
        assertThat(json.path("status").asText()).isEqualTo("DRAFT");
        assertThat(json.path("artist_id").asText()).isEqualTo(artist);
        assertThat(json.path("artist_name").asText()).isEqualTo("Ingested Artist");
        assertThat(json.path("upc").asText()).isEqualTo("036000291452");
        assertThat(json.path("release_date").asText()).isEqualTo("2027-03-05");
        assertThat(json.path("territories").get(0).asText()).isEqualTo("WORLD");
        JsonNode tracks = json.path("tracks");
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(0).path("title").asText()).isEqualTo("First");
        assertThat(tracks.get(0).path("isrc").asText()).isEqualTo("USRC17607839");
        assertThat(tracks.get(0).path("position").asInt()).isEqualTo(1);
        assertThat(tracks.get(0).path("duration_ms").asLong()).isEqualTo(215000);
        assertThat(tracks.get(0).path("release_id").asText()).isEqualTo(json.path("id").asText());
        assertThat(tracks.get(1).path("title").asText()).isEqualTo("Second");
    }

    @Test
    void ingesting_with_an_artist_name_creates_the_artist() {
        Account owner = register();

        Api.Response r = owner.api().post("/releases", obj("title", "By name", "artist_name", "Brand New"));

        r.expect(201);
        String artist = r.text("artist_id");
        assertThat(owner.api().get("/artists/" + artist).expect(200).text("name")).isEqualTo("Brand New");
    }

    @Test
    void ingesting_a_bad_upc_a_bad_isrc_and_no_title_names_every_field() {
        Account owner = register();
        String artist = createArtist(owner, "Invalid");

        Api.Response r = owner.api().post("/releases", obj("artist_id", artist, "upc", "036000291453",
                "tracks", List.of(track("Bad", "not-an-isrc", 1), track("Good", "US-RC1-76-07839", 2))));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("title", "upc", "tracks[0].isrc");
        assertThat(owner.api().get("/releases").expect(200).ids()).isEmpty();
    }

    @Test
    void ingesting_without_an_artist_asks_for_one_in_the_json_names() {
        Account owner = register();

        JsonNode error = owner.api().post("/releases", obj("title", "Nobody's")).error(400, "VALIDATION_ERROR");

        assertThat(error.path("message").asText()).isEqualTo("Invalid artist_id: give artist_id or artist_name");
        assertThat(error.path("details").get(0).path("field").asText()).isEqualTo("artist_id");
        assertThat(error.path("details").get(0).path("message").asText()).isEqualTo("give artist_id or artist_name");
    }

    @Test
    void a_release_date_that_is_not_a_date_is_named_in_the_message_by_its_json_name() {
        Account owner = register();

        JsonNode error = owner.api().post("/releases", obj("title", "Someday", "artist_name", "Later",
                "release_date", "27/11/2026")).error(400, "VALIDATION_ERROR");

        assertThat(error.path("message").asText()).isEqualTo("Invalid release_date: must be a date such as 2026-11-27");
        assertThat(error.path("details").get(0).path("field").asText()).isEqualTo("release_date");
    }

    @Test
    void a_upc_is_unique_within_an_organization_but_not_across_organizations() {
        Account owner = register();
        Account other = register();
        Map<String, Object> body = releaseBody("With UPC", createArtist(owner, "U"));
        body.put("upc", "036000291452");
        owner.api().post("/releases", body).expect(201);

        Api.Response again = owner.api().post("/releases", body);
        again.error(409, "CONFLICT");
        assertThat(again.errorFields()).containsExactly("upc");

        Map<String, Object> elsewhere = releaseBody("Same UPC elsewhere", createArtist(other, "U"));
        elsewhere.put("upc", "036000291452");
        other.api().post("/releases", elsewhere).expect(201);
    }

    @Test
    void listing_walks_every_release_once_through_the_cursor() {
        Account owner = register();
        List<String> created = new ArrayList<>();
        String artist = createArtist(owner, "Prolific");
        for (int i = 0; i < 5; i++) {
            created.add(owner.api().post("/releases", releaseBody("Album " + i, artist)).expect(201).id());
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = owner.api().get("/releases?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            pageSizes.add(page.ids().size());
            seen.addAll(page.ids());
            boolean hasMore = page.json().path("has_more").asBoolean();
            cursor = hasMore ? page.text("next_cursor") : null;
            if (!hasMore) {
                assertThat(page.json().path("next_cursor").isNull()).isTrue();
            }
        } while (cursor != null);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void a_limit_out_of_range_or_a_broken_cursor_is_a_validation_error() {
        Account owner = register();

        owner.api().get("/releases?limit=101").error(400, "VALIDATION_ERROR");
        owner.api().get("/releases?cursor=%21%21garbage").error(400, "VALIDATION_ERROR");
    }

    @Test
    void listing_filters_by_status_artist_and_title() {
        Account owner = register();
        String a = createArtist(owner, "A");
        String b = createArtist(owner, "B");
        String sunrise = owner.api().post("/releases", releaseBody("Sunrise", a)).expect(201).id();
        String sunset = owner.api().post("/releases", releaseBody("Sunset", b)).expect(201).id();
        String moon = owner.api().post("/releases", releaseBody("Moonlight", a)).expect(201).id();
        owner.api().post("/releases/" + sunset + "/submit", "").expect(200);

        assertThat(owner.api().get("/releases?status=SUBMITTED").expect(200).ids()).containsExactly(sunset);
        assertThat(owner.api().get("/releases?status=DRAFT").expect(200).ids())
                .containsExactlyInAnyOrder(sunrise, moon);
        assertThat(owner.api().get("/releases?artist_id=" + a).expect(200).ids())
                .containsExactlyInAnyOrder(sunrise, moon);
        assertThat(owner.api().get("/releases?q=sun").expect(200).ids()).containsExactlyInAnyOrder(sunrise, sunset);
        assertThat(owner.api().get("/releases?q=sun&artist_id=" + a).expect(200).ids()).containsExactly(sunrise);

        Api.Response badStatus = owner.api().get("/releases?status=LOST");
        badStatus.error(400, "VALIDATION_ERROR");
        assertThat(badStatus.errorFields()).containsExactly("status");
    }

    @Test
    void reading_a_release_shows_its_tracks_and_an_etag_that_answers_304() {
        Account owner = register();
        String release = ingest(owner, "Cached");

        Api.Response r = owner.api().get("/releases/" + release).expect(200);

        assertThat(r.json().path("tracks")).hasSize(2);
        String etag = r.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        Api.Response cached = owner.api().with("If-None-Match", etag).get("/releases/" + release);
        cached.expect(304);
        assertThat(cached.header("ETag")).isEqualTo(etag);
        owner.api().with("If-None-Match", "\"99\"").get("/releases/" + release).expect(200);
    }

    @Test
    void a_draft_takes_its_p_and_c_lines_and_a_bad_line_is_a_400_that_changes_nothing() {
        Account owner = register();
        String release = ingest(owner, "Lines");
        String before = owner.api().get("/releases/" + release).expect(200).body();

        Api.Response bad = owner.api().patch("/releases/" + release, obj("p_line", obj("year", 1200, "owner", "X"),
                "c_line", obj("year", 2025)));
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("p_line.year", "c_line.owner");
        assertThat(owner.api().get("/releases/" + release).expect(200).body()).isEqualTo(before);

        Api.Response r = owner.api().patch("/releases/" + release, obj("p_line", obj("year", 2025, "owner",
                "Northern Lights Records"), "c_line", obj("year", 2024, "owner", "Northern Lights Design"))).expect(200);
        assertThat(r.json().path("p_line").path("year").asInt()).isEqualTo(2025);
        assertThat(r.json().path("p_line").path("owner").asText()).isEqualTo("Northern Lights Records");
        assertThat(r.json().path("c_line").path("owner").asText()).isEqualTo("Northern Lights Design");
        assertThat(owner.api().get("/releases/" + release).expect(200).json().path("c_line").path("year").asInt())
                .isEqualTo(2024);
        Api.Response kept = owner.api().patch("/releases/" + release, obj("title", "Lines II")).expect(200);
        assertThat(kept.json().path("p_line").path("year").asInt()).isEqualTo(2025);
    }

    @Test
    void patching_a_draft_with_the_current_etag_changes_it_and_returns_the_new_etag() {
        Account owner = register();
        String release = ingest(owner, "Before");
        String etag = owner.api().get("/releases/" + release).expect(200).header("ETag");

        Api.Response r = owner.api().with("If-Match", etag).patch("/releases/" + release,
                obj("title", "After", "genre", "Jazz"));

        r.expect(200);
        assertThat(r.text("title")).isEqualTo("After");
        assertThat(r.text("genre")).isEqualTo("Jazz");
        assertThat(r.text("label")).isEqualTo("Label");
        assertThat(r.header("ETag")).isEqualTo("\"2\"").isNotEqualTo(etag);
        assertThat(owner.api().get("/releases/" + release).expect(200).text("title")).isEqualTo("After");
    }

    @Test
    void patching_with_a_stale_etag_is_a_failed_precondition_and_changes_nothing() {
        Account owner = register();
        String release = ingest(owner, "Original");
        String stale = owner.api().get("/releases/" + release).header("ETag");
        owner.api().patch("/releases/" + release, obj("title", "Changed by someone else")).expect(200);

        owner.api().with("If-Match", stale).patch("/releases/" + release, obj("title", "Lost update"))
                .error(412, "PRECONDITION_FAILED");

        assertThat(owner.api().get("/releases/" + release).text("title")).isEqualTo("Changed by someone else");
    }

    @Test
    void patching_the_artist_by_name_reuses_the_catalogs_artist_or_creates_it() {
        Account owner = register();
        String release = ingest(owner, "Renamed artist");
        String existing = createArtist(owner, "Portishead");

        Api.Response reused = owner.api().patch("/releases/" + release, obj("artist_name", "portishead"));
        Api.Response created = owner.api().patch("/releases/" + release, obj("artist_name", "Beth Gibbons"));

        assertThat(reused.expect(200).text("artist_id")).isEqualTo(existing);
        assertThat(created.expect(200).text("artist_name")).isEqualTo("Beth Gibbons");
        assertThat(owner.api().get("/artists/" + created.text("artist_id")).expect(200).text("name"))
                .isEqualTo("Beth Gibbons");
        owner.api().patch("/releases/" + release, obj("artist_id", existing, "artist_name", "Both"))
                .error(400, "VALIDATION_ERROR");
    }

    @Test
    void patching_an_empty_string_clears_an_optional_field_and_absent_fields_are_kept() {
        Account owner = register();
        String release = ingest(owner, "Clear me");
        owner.api().patch("/releases/" + release, obj("upc", "036000291452", "genre", "Jazz")).expect(200);

        Api.Response r = owner.api().patch("/releases/" + release,
                obj("upc", "", "label", "", "release_date", "", "genre", ""));

        r.expect(200);
        JsonNode json = r.json();
        assertThat(json.path("upc").isMissingNode() || json.path("upc").isNull()).as("upc cleared").isTrue();
        assertThat(json.path("label").isMissingNode() || json.path("label").isNull()).as("label cleared").isTrue();
        assertThat(json.path("release_date").isMissingNode() || json.path("release_date").isNull()).isTrue();
        assertThat(json.path("genre").isMissingNode() || json.path("genre").isNull()).isTrue();
        assertThat(json.path("title").asText()).isEqualTo("Clear me");
        // the cleared UPC is free again for another release
        owner.api().patch("/releases/" + ingest(owner, "Takes the UPC"), obj("upc", "036000291452")).expect(200);
    }

    @Test
    void patching_with_an_invalid_upc_names_the_field() {
        Account owner = register();
        String release = ingest(owner, "Patch UPC");

        Api.Response r = owner.api().patch("/releases/" + release, obj("upc", "123"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("upc");
    }

    @Test
    void a_submitted_release_can_no_longer_be_changed_submitted_or_deleted() {
        Account owner = register();
        String release = ingest(owner, "Final");

        Api.Response submitted = owner.api().post("/releases/" + release + "/submit", "");
        submitted.expect(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");

        owner.api().patch("/releases/" + release, obj("title", "Too late")).error(409, "CONFLICT");
        owner.api().post("/releases/" + release + "/submit", "").error(409, "CONFLICT");
        owner.api().delete("/releases/" + release).error(409, "CONFLICT");
        assertThat(owner.api().get("/releases/" + release).text("title")).isEqualTo("Final");
    }

    @Test
    void submitting_a_release_without_tracks_or_release_date_is_refused() {
        Account owner = register();
        String release = owner.api().post("/releases", obj("title", "Empty", "artist_name", "Nobody")).expect(201).id();

        Api.Response r = owner.api().post("/releases/" + release + "/submit", "");

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("tracks", "release_date");
        assertThat(owner.api().get("/releases/" + release).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void deleting_a_draft_removes_it_and_its_tracks() {
        Account owner = register();
        String release = ingest(owner, "Short lived");
        String track = owner.api().get("/releases/" + release).json().path("tracks").get(0).path("id").asText();

        owner.api().delete("/releases/" + release).expect(204);

        owner.api().get("/releases/" + release).error(404, "NOT_FOUND");
        owner.api().get("/tracks/" + track).error(404, "NOT_FOUND");
        owner.api().delete("/releases/" + release).error(404, "NOT_FOUND");
    }

    @Test
    void a_takedown_of_a_draft_is_a_conflict() {
        Account owner = register();
        String release = ingest(owner, "Never delivered");

        owner.api().post("/releases/" + release + "/takedown", "").error(409, "CONFLICT");

        assertThat(owner.api().get("/releases/" + release).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void repeating_an_ingestion_with_the_same_idempotency_key_replays_the_first_answer() {
        Account owner = register();
        Map<String, Object> body = releaseBody("Once", createArtist(owner, "Idem"));
        Api withKey = owner.api().with("Idempotency-Key", "ingest-once-1");

        Api.Response first = withKey.post("/releases", body).expect(201);
        Api.Response second = withKey.post("/releases", body).expect(201);

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(owner.api().get("/releases").ids()).containsExactly(first.id());
    }

    @Test
    void reusing_an_idempotency_key_with_another_body_is_a_conflict() {
        Account owner = register();
        String artist = createArtist(owner, "Idem");
        Api withKey = owner.api().with("Idempotency-Key", "ingest-once-2");
        String first = withKey.post("/releases", releaseBody("One", artist)).expect(201).id();

        withKey.post("/releases", releaseBody("Another", artist)).error(409, "CONFLICT");

        assertThat(owner.api().get("/releases").ids()).containsExactly(first);
    }

    @Test
    void idempotency_keys_of_different_organizations_do_not_collide() {
        Account one = register();
        Account two = register();

        String a = one.api().with("Idempotency-Key", "shared").post("/releases", releaseBody("A", createArtist(one, "x")))
                .expect(201).id();
        Api.Response b = two.api().with("Idempotency-Key", "shared")
                .post("/releases", releaseBody("A", createArtist(two, "x")));

        b.expect(201);
        assertThat(b.header("Idempotent-Replayed")).isNull();
        assertThat(b.id()).isNotEqualTo(a);
    }
}
