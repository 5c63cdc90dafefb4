package io.soundport.contracts;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What every {@link MusicMetadata} must do, on the data its suite names: searches answer a page of hits (at most
 * the limit, best first, each with a score from 0 to 100, the offset asked for, a total no smaller than the page),
 * lookups answer the entity asked for (a release with its media, tracks and recordings, tracks numbered from 1 on
 * each medium), and an id the source does not know is empty, not an error.
 */
public abstract class MusicMetadataContract {

    protected abstract MusicMetadata metadata();

    /** Queries with at least two hits each. */
    protected abstract String artistQuery();

    protected abstract String releaseQuery();

    protected abstract String recordingQuery();

    protected abstract Mbid knownArtist();

    /** A release of at least two tracks, at least one of whose recordings has an ISRC. */
    protected abstract Mbid knownRelease();

    protected abstract Mbid knownRecording();

    /** An id the source does not know. */
    protected Mbid unknownId() {
        return Mbid.of("00000000-0000-4000-8000-000000000000");
    }

    @Test
    void an_artist_search_answers_a_page_of_scored_hits() {
        MetadataPage<MetadataArtist> page = metadata().searchArtists(MetadataSearch.of(artistQuery(), 10, 0));
        assertPage(page, 10, 0);
        assertThat(page.items()).allSatisfy(artist -> {
            assertThat(artist.name()).isNotBlank();
            assertThat(artist.score()).isBetween(0, 100);
        });
    }

    @Test
    void a_release_search_answers_a_page_of_scored_hits() {
        MetadataPage<MetadataRelease> page = metadata().searchReleases(MetadataSearch.of(releaseQuery(), 10, 0));
        assertPage(page, 10, 0);
        assertThat(page.items()).allSatisfy(release -> {
            assertThat(release.title()).isNotBlank();
            assertThat(release.score()).isBetween(0, 100);
        });
    }

    @Test
    void a_recording_search_answers_a_page_of_scored_hits() {
        MetadataPage<MetadataRecording> page = metadata().searchRecordings(
                MetadataSearch.of(recordingQuery(), 10, 0));
        assertPage(page, 10, 0);
        assertThat(page.items()).allSatisfy(recording -> {
            assertThat(recording.title()).isNotBlank();
            assertThat(recording.score()).isBetween(0, 100);
        });
    }

    @Test
    void a_search_answers_no_more_hits_than_its_limit_from_its_offset() {
        MetadataPage<MetadataArtist> first = metadata().searchArtists(MetadataSearch.of(artistQuery(), 1, 0));
        assertThat(first.items()).hasSize(1);
        assertThat(first.offset()).isZero();
        MetadataPage<MetadataArtist> second = metadata().searchArtists(MetadataSearch.of(artistQuery(), 1, 1));
        assertThat(second.offset()).isEqualTo(1);
        assertThat(second.items()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void an_artist_lookup_answers_that_artist() {
        MetadataArtist artist = metadata().artist(knownArtist()).orElseThrow();
        assertThat(artist.id()).isEqualTo(knownArtist());
        assertThat(artist.name()).isNotBlank();
        assertThat(artist.score()).as("a lookup has no score").isNull();
    }

    @Test
    void a_release_lookup_answers_its_media_tracks_and_recordings() {
        MetadataRelease release = metadata().release(knownRelease()).orElseThrow();
        assertThat(release.id()).isEqualTo(knownRelease());
        assertThat(release.title()).isNotBlank();
        assertThat(release.artists()).isNotEmpty();
        assertThat(release.tracks()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(release.media()).allSatisfy(medium -> {
            List<Integer> positions = medium.tracks().stream().map(MetadataTrack::position).toList();
            assertThat(positions).as("medium %d", medium.position())
                    .isEqualTo(IntStream.rangeClosed(1, positions.size()).boxed().toList());
        });
        assertThat(release.tracks()).allSatisfy(track -> {
            assertThat(track.title()).isNotBlank();
            assertThat(track.recording().id()).isNotNull();
        });
        List<String> isrcs = release.tracks().stream().flatMap(track -> track.recording().isrcs().stream()).toList();
        assertThat(isrcs).as("the recordings' ISRCs").isNotEmpty();
        assertThat(isrcs).allSatisfy(isrc -> assertThatCode(() -> Isrc.of(isrc)).doesNotThrowAnyException());
    }

    @Test
    void a_recording_lookup_answers_that_recording() {
        MetadataRecording recording = metadata().recording(knownRecording()).orElseThrow();
        assertThat(recording.id()).isEqualTo(knownRecording());
        assertThat(recording.title()).isNotBlank();
        assertThat(recording.artists()).isNotEmpty();
    }

    @Test
    void an_unknown_id_is_empty() {
        assertThat(metadata().artist(unknownId())).isEqualTo(Optional.empty());
        assertThat(metadata().release(unknownId())).isEqualTo(Optional.empty());
        assertThat(metadata().recording(unknownId())).isEqualTo(Optional.empty());
    }

    private static void assertPage(MetadataPage<?> page, int limit, int offset) {
        assertThat(page.items()).hasSizeBetween(2, limit);
        assertThat(page.offset()).isEqualTo(offset);
        assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
    }
}
