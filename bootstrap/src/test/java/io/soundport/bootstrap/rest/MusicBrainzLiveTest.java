package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

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
 * it, never a 500.
 */
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
                    "soundport.musicbrainz.url", musicBrainz.baseUrl() + "/ws/2");
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
}
