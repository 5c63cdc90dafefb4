package io.soundport.adapters.musicbrainz;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.NIRVANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How MusicBrainz failing, refusing or answering nonsense reaches the core: as DomainExceptions, never a hang. */
class MusicBrainzFailuresTest {
    private static final String NIRVANA_PATH = "/ws/2/artist/" + NIRVANA;
    private final MusicBrainzStub musicBrainz = new MusicBrainzStub();
    private final MusicBrainzMusicMetadata metadata = musicBrainz.metadata();

    @AfterEach
    void stop() {
        musicBrainz.close();
    }

    private void answer(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        musicBrainz.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(answer));
    }

    private static DomainException failure(Runnable call) {
        return catchThrowableOfType(DomainException.class, call::run);
    }

    @Test
    void a_503_with_retry_after_is_waited_for_and_the_next_answer_read() {
        musicBrainz.server.stubFor(get(urlPathEqualTo(NIRVANA_PATH)).atPriority(1).inScenario("rate limited")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                        .withBody("Your requests are exceeding the allowable rate limit.")));

        long start = System.nanoTime();
        assertThat(metadata.artist(NIRVANA)).hasValueSatisfying(artist ->
                assertThat(artist.name()).isEqualTo("Nirvana"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(musicBrainz.requests()).isEqualTo(2);
    }

    @Test
    void repeated_500s_open_the_breaker_and_then_nothing_is_sent() {
        answer(NIRVANA_PATH, aResponse().withStatus(500));

        DomainException first = failure(() -> metadata.artist(NIRVANA));
        assertThat(first.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(first.getMessage()).isEqualTo("MusicBrainz answered 500");
        assertThat(musicBrainz.requests()).as("sent, then retried twice").isEqualTo(3);

        DomainException opened = failure(() -> metadata.artist(NIRVANA));
        assertThat(opened.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(opened.getMessage()).startsWith("MusicBrainz is unavailable");
        assertThat(opened.retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
        assertThat(metadata.breakerState()).isEqualTo(BreakerState.OPEN);
        int sent = musicBrainz.requests();
        assertThat(sent).as("five failed attempts of the default window opened it").isEqualTo(5);

        DomainException refused = failure(() -> metadata.artist(NIRVANA));
        assertThat(refused.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(musicBrainz.requests()).isEqualTo(sent);
    }

    @Test
    void a_body_that_is_not_json_is_an_integration_error() {
        answer(NIRVANA_PATH, aResponse().withHeader("Content-Type", "text/html").withBody("<html>maintenance"));

        DomainException e = failure(() -> metadata.artist(NIRVANA));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("MusicBrainz answered a body that cannot be read as its JSON");
        assertThat(musicBrainz.requests()).as("not retried").isEqualTo(1);
    }

    @Test
    void json_without_what_the_records_need_is_an_integration_error() {
        answer(NIRVANA_PATH, aResponse().withBody("{\"id\":\"" + NIRVANA + "\",\"sort-name\":\"Nirvana\"}"));
        answer("/ws/2/artist", aResponse().withBody("{\"count\":1,\"artists\":[{\"id\":\"not-an-mbid\",\"name\":\"X\"}]}"));

        assertThat(failure(() -> metadata.artist(NIRVANA)).code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(failure(() -> metadata.searchArtists(MetadataSearch.of("x", null, null))).code())
                .as("an id that is no MBID is MusicBrainz's fault, not the caller's")
                .isEqualTo(ErrorCode.INTEGRATION_ERROR);
    }

    @Test
    void a_400_on_a_search_is_a_validation_error_on_the_query_in_musicbrainz_words() {
        // the WS/2 error envelope, as in UrlLookupNotFound.json; the text is written for this test
        answer("/ws/2/release", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"help\":\"For usage, please see: https://musicbrainz.org/development/mmd\","
                        + "\"error\":\"Cannot parse 'release:(tucson': Encountered \\\"<EOF>\\\"\"}"));

        DomainException e = failure(() -> metadata.searchReleases(MetadataSearch.of("release:(tucson", null, null)));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).containsExactly(new FieldError("query",
                "Cannot parse 'release:(tucson': Encountered \"<EOF>\""));
        assertThat(musicBrainz.requests()).isEqualTo(1);
    }

    @Test
    void another_refusal_is_an_integration_error_naming_musicbrainz() {
        // the WS/2 error envelope; the text is written for this test
        answer(NIRVANA_PATH, aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"help\":\"For usage, please see: https://musicbrainz.org/development/mmd\","
                        + "\"error\":\"Requests from this User-Agent are blocked\"}"));

        DomainException e = failure(() -> metadata.artist(NIRVANA));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("MusicBrainz answered 403: Requests from this User-Agent are blocked");
    }

    @Test
    void an_unknown_id_is_empty_as_musicbrainz_answers_404() {
        assertThat(metadata.artist(Mbid.of("00000000-0000-4000-8000-000000000001"))).isEmpty();
        assertThat(musicBrainz.requests()).isEqualTo(1);
    }
}
