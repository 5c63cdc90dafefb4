package io.soundport.application.catalog;

import io.soundport.adapters.local.sandbox.SandboxMusicMetadata;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Imports of releases from the metadata source, on the sandbox's made-up MusicBrainz catalog. */
class ReleaseImportServiceTest {
    /** The sandbox's "Northern Skies (Deluxe)": two CDs, 4 + 2 tracks, the last one without an ISRC. */
    private static final String DELUXE = "5a4db0c5-0000-4000-8000-000000000102";
    /** The sandbox's "Live at the Pier": a date of 2019 only, no barcode, no label. */
    private static final String LIVE = "5a4db0c5-0000-4000-8000-000000000103";
    private static final String AURORA_LANE = "5a4db0c5-0000-4000-8000-000000000001";

    private final Core core = new Core();
    private final Caller owner = core.member(Role.OWNER);

    private ReleaseDetails importRelease(Caller caller, String mbid) {
        ReleaseImportService imports = core.releaseImports();
        return imports.importRelease(caller, imports.read(caller, ImportReleaseCommand.of(mbid)));
    }

    @Test
    void a_release_becomes_a_draft_with_its_tracklist_isrcs_barcode_label_and_date() {
        ReleaseDetails imported = importRelease(owner, DELUXE);

        assertThat(imported.release().status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(imported.release().title()).isEqualTo("Northern Skies (Deluxe)");
        assertThat(imported.release().upc().value()).isEqualTo("5012345678917");
        assertThat(imported.release().label()).isEqualTo("Sandbox Records");
        assertThat(imported.release().releaseDate()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(imported.tracks()).extracting(Track::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(imported.tracks()).extracting(Track::title).containsExactly("Polar Light", "Midnight Ferry",
                "Glass Harbour", "Northern Skies", "Polar Light (Acoustic)", "Snowline (Demo)");
        assertThat(imported.tracks()).extracting(track -> track.isrc() == null ? null : track.isrc().value())
                .containsExactly("GBSBX2400001", "GBSBX2400002", "GBSBX2400003", "GBSBX2400004", "GBSBX2400005",
                        null);
        assertThat(imported.tracks()).extracting(Track::durationMs).startsWith(214_000L, 187_500L);
        assertThat(imported.artist().name()).isEqualTo("Aurora Lane");
        assertThat(imported.artist().musicbrainzId()).isEqualTo(AURORA_LANE);

        assertThat(core.releases().get(owner, imported.release().id()).tracks()).hasSize(6);
        assertThat(core.pendingEvents("release.created", owner.organizationId())).hasSize(1);
        assertThat(core.pendingEvents("artist.created", owner.organizationId())).hasSize(1);
    }

    @Test
    void what_the_source_lacks_or_the_catalog_cannot_take_is_left_out() {
        ReleaseDetails imported = importRelease(owner, LIVE);

        assertThat(imported.release().title()).isEqualTo("Live at the Pier");
        assertThat(imported.release().releaseDate()).as("2019 is no whole date").isNull();
        assertThat(imported.release().upc()).isNull();
        assertThat(imported.release().label()).as("[no label] is no label").isNull();
        assertThat(imported.tracks()).hasSize(3);
    }

    @Test
    void the_catalogs_artist_of_that_name_is_used_and_linked_when_it_had_no_musicbrainz_id() {
        Artist existing = core.artists().create(owner, CreateArtistCommand.of("Aurora Lane", null, null));

        ReleaseDetails imported = importRelease(owner, DELUXE);

        assertThat(imported.artist().id()).isEqualTo(existing.id());
        assertThat(core.artists().get(owner, existing.id()).musicbrainzId()).isEqualTo(AURORA_LANE);
        assertThat(core.pendingEvents("artist.updated", owner.organizationId())).hasSize(1);
        assertThat(core.pendingEvents("artist.created", owner.organizationId())).hasSize(1);
    }

    @Test
    void an_artist_linked_elsewhere_keeps_its_link() {
        String other = "0383dadf-2a4e-4d10-a46a-e9e041da8eb3";
        Artist existing = core.artists().create(owner, CreateArtistCommand.of("Aurora Lane", other, null));

        ReleaseDetails imported = importRelease(owner, DELUXE);

        assertThat(imported.artist().id()).isEqualTo(existing.id());
        assertThat(core.artists().get(owner, existing.id()).musicbrainzId()).isEqualTo(other);
        assertThat(core.pendingEvents("artist.updated", owner.organizationId())).isEmpty();
    }

    @Test
    void a_release_the_source_does_not_know_is_not_found_and_nothing_is_written() {
        assertRejected(() -> importRelease(owner, "00000000-0000-4000-8000-000000000000"), ErrorCode.NOT_FOUND);
        assertThat(core.pendingEvents()).isEmpty();
    }

    @Test
    void an_id_that_is_no_musicbrainz_id_is_invalid() {
        assertInvalid(() -> ImportReleaseCommand.of("not-an-mbid"), "mbid");
        assertInvalid(() -> ImportReleaseCommand.of(" "), "mbid");
    }

    @Test
    void a_reader_may_not_import_and_the_source_is_not_asked() {
        Counting counting = new Counting(new SandboxMusicMetadata());
        core.musicMetadata = counting;
        Caller viewer = core.colleague(owner, Role.VIEWER);

        assertRejected(() -> importRelease(viewer, DELUXE), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(counting.calls).hasValue(0);
    }

    @Test
    void a_track_without_a_length_refuses_the_import_naming_it() {
        core.musicMetadata = new Counting(new SandboxMusicMetadata()) {
            @Override
            public Optional<MetadataRelease> release(Mbid id) {
                return super.release(id).map(ReleaseImportServiceTest::withoutSecondLength);
            }
        };

        DomainException refused = assertRejected(() -> importRelease(owner, DELUXE), ErrorCode.CONFLICT);

        assertThat(refused.getMessage()).contains("1.2 \"Midnight Ferry\"").contains("duration");
        assertThat(core.pendingEvents()).isEmpty();
    }

    /** The release with the first medium's second track (and its recording) of unknown length. */
    private static MetadataRelease withoutSecondLength(MetadataRelease release) {
        List<MetadataRelease.Medium> media = new ArrayList<>(release.media());
        MetadataRelease.Medium first = media.get(0);
        List<MetadataTrack> tracks = new ArrayList<>(first.tracks());
        MetadataTrack second = tracks.get(1);
        MetadataRecording recording = second.recording();
        tracks.set(1, new MetadataTrack(second.position(), second.number(), second.title(), null,
                new MetadataRecording(recording.id(), recording.title(), null, null, recording.artists(),
                        recording.isrcs(), recording.releases(), null)));
        media.set(0, new MetadataRelease.Medium(first.position(), first.format(), tracks.size(), tracks));
        return new MetadataRelease(release.id(), release.title(), release.status(), release.date(), release.country(),
                release.barcode(), release.artists(), release.labels(), media, null);
    }

    /** A metadata source that counts the calls made to it. */
    private static class Counting implements MusicMetadata {
        final AtomicInteger calls = new AtomicInteger();
        private final MusicMetadata source;

        Counting(MusicMetadata source) {
            this.source = source;
        }

        @Override
        public MetadataPage<MetadataArtist> searchArtists(MetadataSearch search) {
            calls.incrementAndGet();
            return source.searchArtists(search);
        }

        @Override
        public MetadataPage<MetadataRelease> searchReleases(MetadataSearch search) {
            calls.incrementAndGet();
            return source.searchReleases(search);
        }

        @Override
        public MetadataPage<MetadataRecording> searchRecordings(MetadataSearch search) {
            calls.incrementAndGet();
            return source.searchRecordings(search);
        }

        @Override
        public Optional<MetadataArtist> artist(Mbid id) {
            calls.incrementAndGet();
            return source.artist(id);
        }

        @Override
        public Optional<MetadataRelease> release(Mbid id) {
            calls.incrementAndGet();
            return source.release(id);
        }

        @Override
        public Optional<MetadataRecording> recording(Mbid id) {
            calls.incrementAndGet();
            return source.recording(id);
        }
    }
}
