package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.soundport.contracts.MediaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server on live MusicBrainz (a contact configured), its URL pointed at WireMock serving a recorded release
 * lookup: the import gives a DRAFT with the release's ISRCs; MusicBrainz failing answers 502 INTEGRATION_ERROR naming
 * it, never a 500. The Cover Art Archive is live beside it, on the same WireMock: a cover the rules of artwork refuse
 * and the archive failing leave the release imported without artwork, {@code Cover-Art} saying so.
 * Memory only: the live adapter's wiring is the same on every backend, and the import it
 * feeds is MusicBrainzEndpointsTest's, which runs on all three.
 */
@DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
@RestTest.ServerPropertiesFrom(MusicBrainzLiveTest.FakeMusicBrainz.class)
class MusicBrainzLiveTest extends RestTest {
    /** Giant Sand's "Tucson", as recorded from musicbrainz.org (with made-up ISRCs added). */
    private static final String TUCSON = "12195c41-6136-4dfd-acf1-9923dadc73e2";
    private static final String FAILING = "4f7a1c2e-0000-4000-8000-000000000500";
    private static WireMockServer musicBrainz;

    /** Starts the stand-in (once per JVM) and points the server's MusicBrainz adapter at it. */
    public static final class FakeMusicBrainz implements Supplier<Map<String, String>> {
        @Override
        public Map<String, String> get() {
            synchronized (MusicBrainzLiveTest.class) {
                if (musicBrainz == null) {
                    musicBrainz = new WireMockServer(wireMockConfig().dynamicPort());
                    musicBrainz.start();
                    musicBrainz.stubFor(WireMock.get(urlPathEqualTo("/ws/2/release/" + TUCSON))
                            .willReturn(okJson(testResource("musicbrainz/ReleaseLookupWithIsrcs.json"))));
                    musicBrainz.stubFor(WireMock.get(urlPathEqualTo("/ws/2/release/" + FAILING))
                            .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
                }
            }
            return Map.of("soundport.musicbrainz.contact", "ops@soundport.example",
                    "soundport.musicbrainz.url", musicBrainz.baseUrl() + "/ws/2",
                    "soundport.coverart.url", musicBrainz.baseUrl() + "/caa");
        }
    }

    @Test
    void a_recorded_release_is_imported_with_its_isrcs() {
        Account owner = register();

        String id = owner.api().post("/releases/import/musicbrainz", obj("mbid", TUCSON)).expect(201).id();

        JsonNode release = owner.api().get("/releases/" + id).expect(200).json();
        assertThat(release.path("title").asText()).isEqualTo("Tucson: A Country Rock Opera");
        assertThat(release.path("upc").asText()).isEqualTo("809236126221");
        assertThat(release.path("label").asText()).isEqualTo("Fire Records");
        assertThat(release.path("release_date").asText()).isEqualTo("2012-06-11");
        assertThat(release.path("tracks")).hasSize(19);
        List<String> isrcs = new ArrayList<>();
        release.path("tracks").forEach(track -> isrcs.add(track.path("isrc").asText(null)));
        assertThat(isrcs).startsWith("GBXXA1200001", "GBXXA1200002", null);
        assertThat(owner.api().get("/artists/" + release.path("artist_id").asText()).expect(200)
                .text("musicbrainz_id")).isEqualTo("249eb550-505e-43ef-ac50-e8c605706ff1");
    }

    @Test
    void musicbrainz_failing_is_a_502_naming_it_and_changes_nothing() {
        Account owner = register();

        JsonNode error = owner.api().post("/releases/import/musicbrainz", obj("mbid", FAILING))
                .error(502, "INTEGRATION_ERROR");

        assertThat(error.path("message").asText()).contains("MusicBrainz");
        assertThat(owner.api().get("/releases").expect(200).ids()).isEmpty();
    }

    /** The archive's answer to Tucson's front cover from now on. */
    private static void frontCover(ResponseDefinitionBuilder answer) {
        musicBrainz.stubFor(WireMock.get(urlPathEqualTo("/caa/release/" + TUCSON + "/front")).willReturn(answer));
    }

    @Test
    void a_cover_the_rules_of_artwork_refuse_is_left_out_and_the_answer_says_why() {
        Account owner = register();
        String image = "/download/mbid-" + TUCSON + "/mbid-" + TUCSON + "-1.jpg";
        musicBrainz.stubFor(WireMock.get(urlPathEqualTo(image)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(MediaSamples.jpeg(500, 500))));
        frontCover(aResponse().withStatus(307).withHeader("Location", musicBrainz.baseUrl() + image));

        Api.Response imported = owner.api().post("/releases/import/musicbrainz", obj("mbid", TUCSON, "cover", true))
                .expect(201);

        assertThat(imported.header("Cover-Art")).isEqualTo("REFUSED");
        assertThat(imported.header("Cover-Art-Message")).isEqualTo(
                "The front cover is not what artwork must be: must be at least 1400x1400 pixels; it is 500x500");
        owner.api().get("/releases/" + imported.id() + "/artwork").error(404, "NOT_FOUND");
    }

    @Test
    void the_archive_failing_leaves_the_release_imported_without_artwork() {
        Account owner = register();
        frontCover(aResponse().withStatus(500).withBody("Internal Server Error"));

        Api.Response imported = owner.api().post("/releases/import/musicbrainz", obj("mbid", TUCSON, "cover", true))
                .expect(201);

        assertThat(imported.header("Cover-Art")).isEqualTo("FAILED");
        assertThat(imported.header("Cover-Art-Message"))
                .isEqualTo("The cover could not be fetched: Cover Art Archive answered 500");
        assertThat(owner.api().get("/releases/" + imported.id()).expect(200).text("title"))
                .isEqualTo("Tucson: A Country Rock Opera");
        owner.api().get("/releases/" + imported.id() + "/artwork").error(404, "NOT_FOUND");
    }
}
