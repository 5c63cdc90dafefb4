package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class ArtistEndpointsTest extends RestTest {

    @Test
    void an_artist_is_created_read_changed_and_deleted() {
        Account owner = register();

        Api.Response created = owner.api().post("/artists", obj("name", "Nina Simone",
                "musicbrainz_id", "8a44d6ae-0d7a-4bb2-9a45-6cb4dbbb8d39"));
        created.expect(201);
        String id = created.id();
        assertThat(id).startsWith("art_");
        assertThat(created.header("Location")).isEqualTo("/api/v1/artists/" + id);
        assertThat(created.text("musicbrainz_id")).isEqualTo("8a44d6ae-0d7a-4bb2-9a45-6cb4dbbb8d39");
        assertThat(created.json().path("spotify_id").isNull()).isTrue();

        Api.Response read = owner.api().get("/artists/" + id).expect(200);
        assertThat(read.text("name")).isEqualTo("Nina Simone");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");

        Api.Response changed = owner.api().with("If-Match", "\"1\"").patch("/artists/" + id, obj("name", "Nina"));
        assertThat(changed.expect(200).text("name")).isEqualTo("Nina");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        owner.api().with("If-Match", "\"1\"").patch("/artists/" + id, obj("name", "Stale"))
                .error(412, "PRECONDITION_FAILED");

        owner.api().delete("/artists/" + id).expect(204);
        owner.api().get("/artists/" + id).error(404, "NOT_FOUND");
    }

    @Test
    void an_artist_without_a_name_is_refused_naming_the_field() {
        Account owner = register();

        Api.Response r = owner.api().post("/artists", obj("name", " "));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("name");
    }

    @Test
    void listing_artists_filters_by_name() {
        Account owner = register();
        String miles = createArtist(owner, "Miles Davis");
        String davis = createArtist(owner, "Anthony Davis");
        String coltrane = createArtist(owner, "John Coltrane");

        assertThat(owner.api().get("/artists").expect(200).ids()).containsExactlyInAnyOrder(miles, davis, coltrane);
        assertThat(owner.api().get("/artists?q=davis").expect(200).ids()).containsExactlyInAnyOrder(miles, davis);
        assertThat(owner.api().get("/artists?q=nobody").expect(200).ids()).isEmpty();
    }

    @Test
    void an_artist_with_releases_cannot_be_deleted() {
        Account owner = register();
        String release = ingest(owner, "Keeps the artist");
        String artist = owner.api().get("/releases/" + release).text("artist_id");

        owner.api().delete("/artists/" + artist).error(409, "CONFLICT");

        owner.api().get("/artists/" + artist).expect(200);
    }
}
