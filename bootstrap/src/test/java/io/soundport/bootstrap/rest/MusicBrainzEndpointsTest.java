package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MusicBrainz searches, lookups and the release import over HTTP, on the sandbox's made-up catalog (the server's
 * default when no MusicBrainz contact is configured).
 */
class MusicBrainzEndpointsTest extends RestTest {
    private static final String NORTHERN_SKIES_DELUXE = "5a4db0c5-0000-4000-8000-000000000102";
    private static final String AURORA_LANE = "5a4db0c5-0000-4000-8000-000000000001";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void a_search_answers_a_page_of_scored_hits() {
        Account owner = register();

        Api.Response page = owner.api().get("/musicbrainz/artists?query=artist:%22Aurora%20Lane%22&limit=1")
                .expect(200);

        assertThat(page.json().path("total").asInt()).isEqualTo(2);
        assertThat(page.json().path("offset").asInt()).isZero();
        assertThat(page.json().path("limit").asInt()).isEqualTo(1);
        assertThat(page.json().path("has_more").asBoolean()).isTrue();
        JsonNode best = page.json().path("data").get(0);
        assertThat(best.path("id").asText()).isEqualTo(AURORA_LANE);
        assertThat(best.path("name").asText()).isEqualTo("Aurora Lane");
        assertThat(best.path("sort_name").asText()).isEqualTo("Lane, Aurora");
        assertThat(best.path("score").asInt()).isEqualTo(100);

        JsonNode second = owner.api().get("/musicbrainz/artists?query=aurora&limit=1&offset=1").expect(200).json();
        assertThat(second.path("data").get(0).path("name").asText()).isEqualTo("Aurora Lane & The Night Shift");
        assertThat(second.path("has_more").asBoolean()).isFalse();

        JsonNode releases = owner.api().get("/musicbrainz/releases?query=deluxe").expect(200).json();
        assertThat(releases.path("data").get(0).path("media").get(1).path("track_count").asInt()).isEqualTo(2);
        JsonNode recordings = owner.api().get("/musicbrainz/recordings?query=polar").expect(200).json();
        assertThat(recordings.path("data").get(0).path("isrcs").get(0).asText()).startsWith("GBSBX24");
    }

    @Test
    void a_release_lookup_answers_its_media_tracks_and_isrcs() {
        Account owner = register();

        JsonNode release = owner.api().get("/musicbrainz/releases/" + NORTHERN_SKIES_DELUXE).expect(200).json();

        assertThat(release.path("title").asText()).isEqualTo("Northern Skies (Deluxe)");
        assertThat(release.path("artist_name").asText()).isEqualTo("Aurora Lane");
        assertThat(release.path("barcode").asText()).isEqualTo("5012345678917");
        assertThat(release.path("labels").get(0).path("catalog_number").asText()).isEqualTo("SBX-001D");
        JsonNode bonus = release.path("media").get(1);
        assertThat(bonus.path("format").asText()).isEqualTo("CD");
        assertThat(bonus.path("tracks").get(0).path("title").asText()).isEqualTo("Polar Light (Acoustic)");
        assertThat(bonus.path("tracks").get(0).path("length_ms").asLong()).isEqualTo(205_000);
        assertThat(bonus.path("tracks").get(0).path("isrcs").get(0).asText()).isEqualTo("GBSBX2400005");
        assertThat(release.path("score").isNull()).isTrue();

        String recording = bonus.path("tracks").get(0).path("recording_id").asText();
        JsonNode read = owner.api().get("/musicbrainz/recordings/" + recording).expect(200).json();
        assertThat(read.path("releases").get(0).path("title").asText()).isEqualTo("Northern Skies (Deluxe)");
        assertThat(owner.api().get("/musicbrainz/artists/" + AURORA_LANE).expect(200).text("country")).isEqualTo("GB");
    }

    @Test
    void an_unknown_id_is_not_found_and_a_malformed_one_or_query_is_refused() {
        Account owner = register();

        owner.api().get("/musicbrainz/releases/" + UNKNOWN).error(404, "NOT_FOUND");
        owner.api().get("/musicbrainz/artists/" + UNKNOWN).error(404, "NOT_FOUND");
        owner.api().get("/musicbrainz/recordings/" + UNKNOWN).error(404, "NOT_FOUND");
        assertThat(invalidFields(owner.api().get("/musicbrainz/releases/not-a-uuid")))
                .containsExactly("mbid");
        assertThat(invalidFields(owner.api().get("/musicbrainz/artists")))
                .containsExactly("query");
        assertThat(invalidFields(owner.api().get("/musicbrainz/artists?query=x&limit=0&offset=-1")))
                .containsExactlyInAnyOrder("limit", "offset");
    }

    @Test
    void an_import_makes_a_draft_with_its_tracks_and_isrcs_and_links_the_artist() {
        Account owner = register();

        Api.Response imported = owner.api().with("Idempotency-Key", "import-deluxe-1")
                .post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES_DELUXE)).expect(201);

        String id = imported.id();
        assertThat(imported.header("Location")).isEqualTo("/api/v1/releases/" + id);
        JsonNode release = owner.api().get("/releases/" + id).expect(200).json();
        assertThat(release.path("status").asText()).isEqualTo("DRAFT");
        assertThat(release.path("title").asText()).isEqualTo("Northern Skies (Deluxe)");
        assertThat(release.path("upc").asText()).isEqualTo("5012345678917");
        assertThat(release.path("label").asText()).isEqualTo("Sandbox Records");
        assertThat(release.path("release_date").asText()).isEqualTo("2024-11-22");
        List<String> isrcs = new ArrayList<>();
        release.path("tracks").forEach(track -> isrcs.add(track.path("isrc").asText(null)));
        assertThat(isrcs).containsExactly("GBSBX2400001", "GBSBX2400002", "GBSBX2400003", "GBSBX2400004",
                "GBSBX2400005", null);
        JsonNode artist = owner.api().get("/artists/" + release.path("artist_id").asText()).expect(200).json();
        assertThat(artist.path("musicbrainz_id").asText()).isEqualTo(AURORA_LANE);

        Api.Response replay = owner.api().with("Idempotency-Key", "import-deluxe-1")
                .post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES_DELUXE)).expect(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(id);
        assertThat(owner.api().get("/releases").expect(200).ids()).containsExactly(id);
    }

    @Test
    void an_import_of_an_unknown_or_malformed_release_changes_nothing() {
        Account owner = register();

        owner.api().post("/releases/import/musicbrainz", obj("mbid", UNKNOWN)).error(404, "NOT_FOUND");
        assertThat(invalidFields(owner.api().post("/releases/import/musicbrainz", obj("mbid", "nope")))).containsExactly("mbid");
        assertThat(invalidFields(owner.api().post("/releases/import/musicbrainz", obj()))).containsExactly("mbid");

        assertThat(owner.api().get("/releases").expect(200).ids()).isEmpty();
        assertThat(owner.api().get("/artists").expect(200).ids()).isEmpty();
    }

    @Test
    void a_viewer_may_search_but_not_import() {
        Account owner = register();
        Account viewer = member(owner, "VIEWER");

        viewer.api().get("/musicbrainz/artists?query=aurora").expect(200);
        viewer.api().post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES_DELUXE))
                .error(403, "AUTHORIZATION_ERROR");
    }

    /** The fields a 400 VALIDATION_ERROR names. */
    private static List<String> invalidFields(Api.Response response) {
        response.error(400, "VALIDATION_ERROR");
        return response.errorFields();
    }
}
