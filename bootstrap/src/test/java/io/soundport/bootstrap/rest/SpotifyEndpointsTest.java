package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spotify's data over HTTP through the user's connection, on the sandbox (the server's default without a Spotify
 * client id): its made-up account answers once the user connected through the sandbox's dance.
 */
class SpotifyEndpointsTest extends RestTest {
    private static final String POLAR_LIGHT = "5andb0xTrk000000000001";
    private static final String COPPER_SUN = "5andb0xTrk000000000008";
    private static final String AURORA_LANE = "5andb0xArt000000000001";
    private static final String UNKNOWN = "5andb0xTrk000000000999";

    private static Account connected() {
        Account owner = register();
        URI back = URI.create(owner.api().get("/auth/spotify/connect").expect(200).text("authorization_url"));
        api.get(back.getRawPath() + "?" + back.getRawQuery()).expect(200);
        return owner;
    }

    @Test
    void the_connected_account_its_search_and_its_listening() {
        Account owner = connected();

        JsonNode profile = owner.api().get("/spotify/profile").expect(200).json();
        assertThat(profile.path("id").asText()).isEqualTo("sandbox-listener");
        assertThat(profile.path("country").asText()).isEqualTo("GB");

        JsonNode search = owner.api().get("/spotify/search?q=ferry&type=track,artist&limit=5").expect(200).json();
        assertThat(search.path("tracks").path("data").get(0).path("name").asText()).contains("Ferry");
        assertThat(search.path("tracks").path("limit").asInt()).isEqualTo(5);
        assertThat(search.path("artists").isObject()).isTrue();
        assertThat(search.path("albums").isNull()).as("not asked for").isTrue();

        JsonNode top = owner.api().get("/spotify/top/tracks?time_range=short_term&limit=2").expect(200).json();
        assertThat(top.path("data")).hasSize(2);
        assertThat(top.path("has_more").asBoolean()).isTrue();
        assertThat(top.path("data").get(0).path("isrc").asText()).matches("[A-Z]{2}[A-Z0-9]{3}\\d{7}");
        assertThat(owner.api().get("/spotify/top/artists").expect(200).json().path("data")).isNotEmpty();
        assertThat(owner.api().get("/spotify/playlists?limit=2").expect(200).json().path("total").asInt())
                .isEqualTo(3);
        JsonNode played = owner.api().get("/spotify/recently-played?limit=3").expect(200).json().path("data");
        assertThat(played).hasSize(3);
        assertThat(played.get(0).path("played_at").asText()).isNotEmpty();
    }

    @Test
    void tracks_and_artists_by_id_with_their_isrcs_and_analytics() {
        Account owner = connected();

        JsonNode track = owner.api().get("/spotify/tracks/" + POLAR_LIGHT).expect(200).json();
        assertThat(track.path("name").asText()).isEqualTo("Polar Light");
        assertThat(track.path("isrc").asText()).isEqualTo("GBSBX2400001");
        assertThat(track.path("album").path("name").asText()).isEqualTo("Northern Skies");
        assertThat(owner.api().get("/spotify/tracks?ids=" + COPPER_SUN + "," + UNKNOWN + "," + POLAR_LIGHT)
                .expect(200).json().path("data")).extracting(t -> t.path("id").asText())
                .containsExactly(COPPER_SUN, POLAR_LIGHT);

        JsonNode analysed = owner.api().get("/spotify/tracks/" + POLAR_LIGHT + "/analytics").expect(200).json();
        assertThat(analysed.path("features_status").asText()).isEqualTo("AVAILABLE");
        assertThat(analysed.path("popularity").asInt()).isEqualTo(58);
        assertThat(analysed.path("features").path("tempo").asDouble()).isPositive();
        JsonNode withheld = owner.api().get("/spotify/tracks/" + COPPER_SUN + "/analytics").expect(200).json();
        assertThat(withheld.path("features_status").asText()).isEqualTo("NOT_AVAILABLE_FOR_APPLICATION");
        assertThat(withheld.path("features").isNull()).isTrue();
        assertThat(withheld.path("popularity").asInt()).isEqualTo(63);

        assertThat(owner.api().get("/spotify/artists/" + AURORA_LANE).expect(200).text("name"))
                .isEqualTo("Aurora Lane");
        assertThat(owner.api().get("/spotify/artists/" + AURORA_LANE + "/top-tracks?market=GB").expect(200).json()
                .path("data")).isNotEmpty();
        owner.api().get("/spotify/tracks/" + UNKNOWN).error(404, "NOT_FOUND");
    }

    @Test
    void bad_input_names_its_fields() {
        Account owner = connected();

        assertThat(owner.api().get("/spotify/tracks/not-an-id").errorFields()).containsExactly("id");
        assertThat(owner.api().get("/spotify/search?type=podcast&limit=0").errorFields())
                .containsExactlyInAnyOrder("q", "type", "limit");
        assertThat(owner.api().get("/spotify/top/tracks?time_range=forever").errorFields())
                .containsExactly("time_range");
        assertThat(owner.api().get("/spotify/artists/" + AURORA_LANE + "/top-tracks?market=XX").errorFields())
                .containsExactly("market");
    }

    @Test
    void without_a_connection_the_answer_says_to_connect_first() {
        Account owner = register();
        JsonNode error = owner.api().get("/spotify/profile").error(409, "CONFLICT");
        assertThat(error.path("message").asText()).contains("connect");

        Account connected = connected();
        connected.api().delete("/auth/integrations/spotify").expect(204);
        connected.api().get("/spotify/profile").error(409, "CONFLICT");
    }

    @Test
    void top_tracks_are_imported_into_the_catalog_in_the_background_once_per_isrc() {
        Account owner = connected();

        Api.Response started = owner.api().post("/tracks/sync/spotify",
                Api.obj("source", "top_tracks", "time_range", "short_term")).expect(202);
        assertThat(started.text("status")).isEqualTo("QUEUED");
        assertThat(started.header("Location")).isEqualTo("/api/v1/tracks/sync/" + started.id());
        JsonNode done = await(() -> owner.api().get("/tracks/sync/" + started.id()).expect(200).json(),
                sync -> sync.path("status").asText().equals("SUCCEEDED"));
        assertThat(done.path("found").asInt()).isEqualTo(4);
        assertThat(done.path("imported").asInt()).isEqualTo(4);
        assertThat(done.path("finished_at").asText()).isNotEmpty();
        JsonNode tracks = owner.api().get("/tracks?isrc=GBSBX2400001").expect(200).json().path("data");
        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).path("title").asText()).isEqualTo("Polar Light");

        String again = owner.api().post("/tracks/sync/spotify", null).expect(202).id();
        JsonNode second = await(() -> owner.api().get("/tracks/sync/" + again).expect(200).json(),
                sync -> sync.path("status").asText().equals("SUCCEEDED"));
        assertThat(second.path("time_range").asText()).isEqualTo("medium_term");
        assertThat(second.path("already_in_catalog").asInt()).isEqualTo(4);
        assertThat(second.path("imported").asInt()).isEqualTo(2);

        assertThat(owner.api().post("/tracks/sync/spotify", Api.obj("source", "saved_tracks", "time_range",
                "long_term", "limit", 501)).errorFields()).containsExactlyInAnyOrder("time_range", "limit");
        register().api().post("/tracks/sync/spotify", null).error(409, "CONFLICT");
        owner.api().get("/tracks/sync/tsy_01JDX4N8QK4M6P8R0T2V4X6Z8B").error(404, "NOT_FOUND");
    }
}
