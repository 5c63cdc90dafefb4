package io.soundport.adapters.musicbrainz;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.resilience.ProviderPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.ALONE_AGAIN_OR;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.NIRVANA;
import static io.soundport.adapters.musicbrainz.MusicBrainzStub.TUCSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MusicBrainz's rules for clients: at most one request a second from the process, whatever the number of threads and
 * adapter instances, and no request for what was just asked. Arrival times are the stub's own
 * ({@code System.nanoTime()} as WireMock receives each request).
 *
 * <p>Each adapter first makes one call that is not measured, so that what is measured runs on an open connection:
 * the pacer spaces requests from the moment each is written, and a request on a connection Jetty has just accepted
 * reaches WireMock some milliseconds later than one on an open connection, which would shorten the next gap by as
 * much without any request having been sent early.
 */
class MusicBrainzEtiquetteTest {
    /** What the clocks, the loopback and Jetty's dispatch may take from a second between two sends. */
    private static final long GRANULARITY_MS = 10;
    private final MusicBrainzStub musicBrainz = new MusicBrainzStub();

    @AfterEach
    void stop() {
        musicBrainz.close();
    }

    private static List<Long> gapsMs(List<Long> arrivals) {
        List<Long> sorted = arrivals.stream().sorted().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(TimeUnit.NANOSECONDS.toMillis(sorted.get(i) - sorted.get(i - 1)));
        }
        return gaps;
    }

    /** One unmeasured call per adapter, each in its turn, then the arrivals are forgotten. */
    private void warmUp(MusicBrainzMusicMetadata... adapters) {
        for (MusicBrainzMusicMetadata adapter : adapters) {
            adapter.artist(Mbid.of("00000000-0000-4000-8000-00000000000f"));
        }
        musicBrainz.arrivals().clear();
    }

    @Test
    void twenty_searches_at_once_reach_musicbrainz_a_second_apart_and_those_too_far_off_are_refused_at_once()
            throws Exception {
        MusicBrainzMusicMetadata metadata = new MusicBrainzMusicMetadata(musicBrainz.settings()
                .requestInterval(Duration.ofSeconds(1)).maxWait(Duration.ofSeconds(5))
                .policy(ProviderPolicy.builder("MusicBrainz").maxConcurrentCalls(20).build())
                .build());
        warmUp(metadata);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String query = "artist:(bob dylan) AND tag:n" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        return metadata.searchArtists(MetadataSearch.of(query, 10, 0));
                    } catch (DomainException refused) {
                        return new Refusal(refused, Duration.ofNanos(System.nanoTime() - start));
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }

            List<Refusal> refusals = outcomes.stream().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                    .toList();
            int answered = outcomes.size() - refusals.size();
            // the warm-up took the turn at 0: turns at 1 to 5 s are within the 5 s wait (the last maybe just past
            // it), the others would wait 6 s or more
            assertThat(answered).isBetween(4, 5);
            assertThat(musicBrainz.arrivals()).hasSize(answered);
            assertThat(gapsMs(musicBrainz.arrivals())).as("ms between arrivals")
                    .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1_000 - GRANULARITY_MS));
            assertThat(refusals).hasSize(20 - answered).allSatisfy(refusal -> {
                assertThat(refusal.exception().code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                assertThat(refusal.exception().getMessage()).startsWith("MusicBrainz is busy");
                assertThat(refusal.exception().retryAfter()).hasValueSatisfying(wait ->
                        assertThat(wait).isGreaterThan(Duration.ofSeconds(5)).isLessThan(Duration.ofSeconds(7)));
                assertThat(refusal.took()).as("refused without waiting").isLessThan(Duration.ofMillis(500));
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private record Refusal(DomainException exception, Duration took) {
    }

    @Test
    void two_adapters_of_one_process_share_the_pace() {
        MusicBrainzSettings settings = musicBrainz.settings().requestInterval(Duration.ofSeconds(1)).build();
        MusicBrainzMusicMetadata one = new MusicBrainzMusicMetadata(settings);
        MusicBrainzMusicMetadata other = new MusicBrainzMusicMetadata(settings);
        long start = System.nanoTime();
        warmUp(one, other);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the second waited for the first's turn")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_000 - GRANULARITY_MS));

        one.artist(NIRVANA);
        other.recording(ALONE_AGAIN_OR);
        one.release(TUCSON);

        assertThat(gapsMs(musicBrainz.arrivals())).hasSize(2)
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1_000 - GRANULARITY_MS));
    }

    @Test
    void a_retry_takes_its_own_turn() {
        musicBrainz.server.stubFor(get(urlPathEqualTo("/ws/2/artist/" + NIRVANA)).atPriority(1)
                .inScenario("busy").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(503)));
        MusicBrainzMusicMetadata metadata = new MusicBrainzMusicMetadata(musicBrainz.settings()
                .requestInterval(Duration.ofSeconds(1)).build());
        warmUp(metadata);

        assertThat(metadata.artist(NIRVANA)).isPresent();

        assertThat(gapsMs(musicBrainz.arrivals())).as("the backoff alone is at most 200 ms").singleElement()
                .satisfies(gap -> assertThat(gap).isGreaterThanOrEqualTo(1_000 - GRANULARITY_MS));
    }

    @Test
    void a_repeated_call_is_answered_from_the_cache_without_a_request_or_a_turn() {
        MusicBrainzMusicMetadata metadata = new MusicBrainzMusicMetadata(musicBrainz.settings()
                .requestInterval(Duration.ofSeconds(1))
                .cache(1_000, Duration.ofHours(1), Duration.ofMinutes(5)).build());
        Mbid unknown = Mbid.of("00000000-0000-4000-8000-000000000002");
        MetadataSearch search = MetadataSearch.of("artist:(bob dylan)", 10, 0);

        var artist = metadata.artist(NIRVANA);
        var page = metadata.searchArtists(search);
        var none = metadata.artist(unknown);
        assertThat(musicBrainz.requests()).isEqualTo(3);

        long start = System.nanoTime();
        assertThat(metadata.artist(NIRVANA)).isEqualTo(artist);
        assertThat(metadata.searchArtists(search)).isEqualTo(page);
        assertThat(metadata.artist(unknown)).isEqualTo(none).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no turn waited for")
                .isLessThan(Duration.ofMillis(500));
        assertThat(musicBrainz.requests()).isEqualTo(3);

        metadata.searchArtists(MetadataSearch.of("artist:(bob dylan)", 10, 10));
        assertThat(musicBrainz.requests()).as("another page is another URL").isEqualTo(4);
    }
}
