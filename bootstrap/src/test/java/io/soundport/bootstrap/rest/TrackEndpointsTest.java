package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class TrackEndpointsTest extends RestTest {

    @Test
    void a_track_on_its_own_is_created_read_changed_and_deleted() {
        Account owner = register();

        Api.Response created = owner.api().post("/tracks", obj("title", "Loose", "isrc", "USRC17607839",
                "duration_ms", 180000, "explicit", true));
        created.expect(201);
        String id = created.id();
        assertThat(id).startsWith("trk_");
        assertThat(created.header("Location")).isEqualTo("/api/v1/tracks/" + id);
        assertThat(created.json().path("release_id").isNull()).isTrue();
        assertThat(created.json().path("explicit").asBoolean()).isTrue();

        Api.Response read = owner.api().get("/tracks/" + id).expect(200);
        assertThat(read.text("isrc")).isEqualTo("USRC17607839");
        assertThat(read.json().path("duration_ms").asLong()).isEqualTo(180000);
        owner.api().with("If-None-Match", read.header("ETag")).get("/tracks/" + id).expect(304);

        Api.Response changed = owner.api().patch("/tracks/" + id, obj("title", "Tight", "duration_ms", 190000));
        assertThat(changed.expect(200).text("title")).isEqualTo("Tight");
        assertThat(changed.json().path("duration_ms").asLong()).isEqualTo(190000);
        assertThat(changed.text("isrc")).isEqualTo("USRC17607839");

        owner.api().delete("/tracks/" + id).expect(204);
        owner.api().get("/tracks/" + id).error(404, "NOT_FOUND");
    }

    @Test
    void a_track_is_added_to_a_draft_release() {
        Account owner = register();
        String release = ingest(owner, "Growing");

        owner.api().post("/tracks", obj("title", "Bonus", "duration_ms", 120000, "position", 3,
                "release_id", release)).expect(201);

        assertThat(owner.api().get("/releases/" + release).json().path("tracks")).hasSize(3);
    }

    @Test
    void a_track_of_a_submitted_release_cannot_be_changed() {
        Account owner = register();
        String release = ingest(owner, "Locked");
        String track = owner.api().get("/releases/" + release).json().path("tracks").get(0).path("id").asText();
        owner.api().post("/releases/" + release + "/submit", "").expect(200);

        owner.api().patch("/tracks/" + track, obj("title", "Changed")).error(409, "CONFLICT");
        owner.api().delete("/tracks/" + track).error(409, "CONFLICT");
    }

    @Test
    void an_invalid_track_names_each_field() {
        Account owner = register();

        Api.Response r = owner.api().post("/tracks", obj("title", "", "isrc", "XX", "duration_ms", 5));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("title", "isrc", "duration_ms");
    }

    @Test
    void listing_tracks_filters_by_release_isrc_and_title() {
        Account owner = register();
        String release = ingest(owner, "Filtered");
        String loose = owner.api().post("/tracks", obj("title", "First light", "isrc", "FRZ039800212",
                "duration_ms", 100000)).expect(201).id();
        var onRelease = owner.api().get("/releases/" + release).json().path("tracks");
        String first = onRelease.get(0).path("id").asText();
        String second = onRelease.get(1).path("id").asText();

        assertThat(owner.api().get("/tracks").expect(200).ids()).containsExactlyInAnyOrder(first, second, loose);
        assertThat(owner.api().get("/tracks?release_id=" + release).expect(200).ids())
                .containsExactlyInAnyOrder(first, second);
        assertThat(owner.api().get("/tracks?isrc=US-RC1-76-07839").expect(200).ids()).containsExactly(first);
        assertThat(owner.api().get("/tracks?q=first").expect(200).ids()).containsExactlyInAnyOrder(first, loose);

        Api.Response bad = owner.api().get("/tracks?isrc=nope");
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactly("isrc");
    }
}
