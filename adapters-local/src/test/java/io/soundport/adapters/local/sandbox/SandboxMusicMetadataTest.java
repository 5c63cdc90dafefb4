package io.soundport.adapters.local.sandbox;

import io.soundport.contracts.MusicMetadataContract;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxMusicMetadataTest extends MusicMetadataContract {
    private final SandboxMusicMetadata sandbox = new SandboxMusicMetadata();

    @Override
    protected MusicMetadata metadata() {
        return sandbox;
    }

    @Override
    protected String artistQuery() {
        return "artist:\"Aurora Lane\"";
    }

    @Override
    protected String releaseQuery() {
        return "release:(northern skies)";
    }

    @Override
    protected String recordingQuery() {
        return "recording:\"Polar Light\" AND artist:aurora";
    }

    @Override
    protected Mbid knownArtist() {
        return SandboxMusicCatalog.HARBOR_LIGHTS;
    }

    @Override
    protected Mbid knownRelease() {
        return SandboxMusicCatalog.NORTHERN_SKIES_DELUXE;
    }

    @Override
    protected Mbid knownRecording() {
        return sandbox.release(SandboxMusicCatalog.NORTHERN_SKIES).orElseThrow().tracks().get(0).recording().id();
    }

    @Test
    void the_best_match_comes_first_and_scores_highest() {
        List<MetadataArtist> hits = sandbox.searchArtists(MetadataSearch.of("Aurora Lane", null, null)).items();
        assertThat(hits).extracting(MetadataArtist::name)
                .containsExactly("Aurora Lane", "Aurora Lane & The Night Shift");
        assertThat(hits.get(0).score()).isEqualTo(100);
        assertThat(sandbox.searchArtists(MetadataSearch.of("nobody we know", null, null)).items()).isEmpty();
    }

    @Test
    void of_two_hits_naming_every_word_the_closer_comes_first() {
        assertThat(sandbox.searchReleases(MetadataSearch.of("release:\"Northern Skies\"", null, null)).items())
                .extracting(MetadataRelease::id).containsExactly(SandboxMusicCatalog.NORTHERN_SKIES,
                        SandboxMusicCatalog.NORTHERN_SKIES_DELUXE);
    }

    @Test
    void a_release_hit_lists_its_media_without_tracks() {
        MetadataRelease hit = sandbox.searchReleases(MetadataSearch.of("deluxe", null, null)).items().get(0);
        assertThat(hit.id()).isEqualTo(SandboxMusicCatalog.NORTHERN_SKIES_DELUXE);
        assertThat(hit.media()).extracting(MetadataRelease.Medium::trackCount).containsExactly(4, 2);
        assertThat(hit.tracks()).isEmpty();
    }

    @Test
    void a_recording_lists_every_release_it_is_on() {
        assertThat(sandbox.recording(knownRecording()).orElseThrow().releases())
                .extracting(ref -> ref.title()).containsExactly("Northern Skies", "Northern Skies (Deluxe)");
    }
}
