package io.soundport.adapters.musicbrainz;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.ALONE_AGAIN_OR;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.NIRVANA;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.TUCSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What MusicBrainz receives: the WS/2 paths and parameters, and the User-Agent it asks every client for. */
class MusicBrainzRequestsTest {
    private static final String USER_AGENT = "Soundport/1.2.3 ( tests@soundport.example )";
    private final MusicBrainzStub musicBrainz = new MusicBrainzStub();
    private final MusicBrainzMusicMetadata metadata = new MusicBrainzMusicMetadata(
            musicBrainz.settings().application("Soundport", "1.2.3").build());

    @AfterEach
    void stop() {
        musicBrainz.close();
    }

    private LoggedRequest onlyRequest() {
        assertThat(musicBrainz.server.getAllServeEvents()).hasSize(1);
        return musicBrainz.server.getAllServeEvents().get(0).getRequest();
    }

    @Test
    void a_search_sends_the_query_the_page_and_fmt_json_with_the_user_agent() {
        metadata.searchArtists(MetadataSearch.of("artist:\"Giant Sand\" AND country:US", 5, 20));

        musicBrainz.server.verify(getRequestedFor(urlPathEqualTo("/ws/2/artist"))
                .withQueryParam("query", equalTo("artist:\"Giant Sand\" AND country:US"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("offset", equalTo("20"))
                .withQueryParam("fmt", equalTo("json"))
                .withHeader("User-Agent", equalTo(USER_AGENT))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void release_and_recording_searches_go_to_their_own_resources() {
        metadata.searchReleases(MetadataSearch.of("release:tucson", 3, 0));
        metadata.searchRecordings(MetadataSearch.of("recording:\"alone again or\"", 3, 0));

        musicBrainz.server.verify(getRequestedFor(urlPathEqualTo("/ws/2/release"))
                .withQueryParam("query", equalTo("release:tucson")).withQueryParam("fmt", equalTo("json")));
        musicBrainz.server.verify(getRequestedFor(urlPathEqualTo("/ws/2/recording"))
                .withQueryParam("query", equalTo("recording:\"alone again or\"")).withQueryParam("fmt", equalTo("json")));
    }

    @Test
    void an_artist_lookup_asks_for_the_artist_alone() {
        metadata.artist(NIRVANA);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/ws/2/artist/" + NIRVANA + "?fmt=json");
        assertThat(request.getHeader("User-Agent")).isEqualTo(USER_AGENT);
    }

    @Test
    void a_release_lookup_includes_credits_labels_recordings_isrcs_and_media() {
        metadata.release(TUCSON);

        assertThat(onlyRequest().getUrl()).isEqualTo("/ws/2/release/" + TUCSON
                + "?inc=artist-credits+labels+recordings+isrcs+media&fmt=json");
    }

    @Test
    void a_recording_lookup_includes_credits_isrcs_and_releases() {
        metadata.recording(ALONE_AGAIN_OR);

        assertThat(onlyRequest().getUrl()).isEqualTo("/ws/2/recording/" + ALONE_AGAIN_OR
                + "?inc=artist-credits+isrcs+releases&fmt=json");
    }

    @Test
    void the_user_agent_names_this_module_version_by_default() {
        String userAgent = MusicBrainzSettings.builder("https://soundport.example/contact").build().userAgent();

        assertThat(userAgent).matches("Soundport/\\d+\\.\\d+\\.\\d+[^ ]* \\( https://soundport\\.example/contact \\)");
    }

    @Test
    void settings_refuse_a_user_agent_without_a_contact() {
        assertThatThrownBy(() -> MusicBrainzSettings.builder("nobody").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact");
        assertThatThrownBy(() -> MusicBrainzSettings.builder("ops@soundport.example (ops)").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MusicBrainzSettings.builder("ops@soundport.example").baseUrl("ftp://x").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
