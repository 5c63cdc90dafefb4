package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.adapters.local.sandbox.SandboxCoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release import with its cover over HTTP, on the sandbox's made-up catalog and covers (the server's default when
 * no MusicBrainz contact is configured): the cover becomes the release's artwork when the archive has one, and
 * otherwise the release is imported without artwork and {@code Cover-Art} says why.
 * Memory only: the artwork is stored as {@code PUT /releases/{id}/artwork} stores it, which
 * MediaAssetEndpointsTest runs on every backend.
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
class ReleaseImportCoverTest extends RestTest {
    /** "Northern Skies": a 1400 px PNG cover. */
    private static final String NORTHERN_SKIES = "5a4db0c5-0000-4000-8000-000000000101";
    /** "Live at the Pier": no cover. */
    private static final String LIVE_AT_THE_PIER = "5a4db0c5-0000-4000-8000-000000000103";

    @Test
    void an_import_with_its_cover_stores_the_front_cover_as_the_releases_artwork() {
        Account owner = register();

        Api.Response imported = owner.api().post("/releases/import/musicbrainz",
                obj("mbid", NORTHERN_SKIES, "cover", true)).expect(201);

        assertThat(imported.header("Cover-Art")).isEqualTo("STORED");
        assertThat(imported.header("Cover-Art-Message")).isNull();
        assertThat(imported.json().path("title").asText()).isEqualTo("Northern Skies");
        CoverImage cover = new SandboxCoverArt().front(Mbid.of(NORTHERN_SKIES)).orElseThrow();
        JsonNode artwork = owner.api().get("/releases/" + imported.id() + "/artwork").expect(200).json();
        assertThat(artwork.path("content_type").asText()).isEqualTo("image/png");
        assertThat(artwork.path("size").asLong()).isEqualTo(cover.size());
        assertThat(artwork.path("width").asInt()).isEqualTo(1400);
        assertThat(artwork.path("height").asInt()).isEqualTo(1400);
    }

    @Test
    void a_release_without_a_cover_in_the_archive_is_imported_without_artwork_and_the_answer_says_why() {
        Account owner = register();

        Api.Response imported = owner.api().post("/releases/import/musicbrainz",
                obj("mbid", LIVE_AT_THE_PIER, "cover", true)).expect(201);

        assertThat(imported.header("Cover-Art")).isEqualTo("NOT_FOUND");
        assertThat(imported.header("Cover-Art-Message"))
                .isEqualTo("The Cover Art Archive has no front cover of MusicBrainz release " + LIVE_AT_THE_PIER);
        owner.api().get("/releases/" + imported.id()).expect(200);
        owner.api().get("/releases/" + imported.id() + "/artwork").error(404, "NOT_FOUND");
    }

    @Test
    void without_cover_or_with_cover_false_no_cover_is_fetched_and_nothing_is_said_of_it() {
        Account owner = register();
        Account other = register();

        Api.Response plain = owner.api().post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES)).expect(201);
        Api.Response refused = other.api().post("/releases/import/musicbrainz",
                obj("mbid", NORTHERN_SKIES, "cover", false)).expect(201);

        for (Api.Response answer : new Api.Response[]{plain, refused}) {
            assertThat(answer.optionalHeader("Cover-Art")).isEmpty();
        }
        owner.api().get("/releases/" + plain.id() + "/artwork").error(404, "NOT_FOUND");
        other.api().get("/releases/" + refused.id() + "/artwork").error(404, "NOT_FOUND");
    }

    @Test
    void a_replay_answers_the_import_as_written_and_leaves_the_cover_to_the_first_request() {
        Account owner = register();

        Api.Response first = owner.api().with("Idempotency-Key", "import-with-cover-1")
                .post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES, "cover", true)).expect(201);
        JsonNode stored = owner.api().get("/releases/" + first.id() + "/artwork").expect(200).json();
        Api.Response replay = owner.api().with("Idempotency-Key", "import-with-cover-1")
                .post("/releases/import/musicbrainz", obj("mbid", NORTHERN_SKIES, "cover", true)).expect(201);

        assertThat(first.header("Cover-Art")).isEqualTo("STORED");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.optionalHeader("Cover-Art")).as("said by the first answer only").isEmpty();
        assertThat(replay.id()).isEqualTo(first.id());
        JsonNode after = owner.api().get("/releases/" + first.id() + "/artwork").expect(200).json();
        assertThat(after.path("sha256").asText()).isEqualTo(stored.path("sha256").asText());
        assertThat(after.path("uploaded_at").asText()).as("not stored again").isEqualTo(stored.path("uploaded_at").asText());
    }
}
