package io.soundport.application.catalog;

import io.soundport.adapters.local.FileBlobStore;
import io.soundport.adapters.local.sandbox.SandboxCoverArt;
import io.soundport.application.testing.Core;
import io.soundport.contracts.MediaSamples;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Covers from the cover archive stored as an imported release's artwork, on the sandbox's made-up catalog and covers
 * (or an archive of the test's own): stored when artwork takes them, and otherwise the release left without artwork
 * and the outcome saying why, never an error.
 */
class CoverImportServiceTest {
    /** The sandbox's "Northern Skies": a 1400 px PNG cover. */
    private static final Mbid NORTHERN_SKIES = Mbid.of("5a4db0c5-0000-4000-8000-000000000101");
    /** The sandbox's "Live at the Pier": no cover. */
    private static final Mbid LIVE = Mbid.of("5a4db0c5-0000-4000-8000-000000000103");

    private final Core core = new Core();
    private final Caller owner = core.member(Role.OWNER);
    /** The sandbox's covers unless a test answers its own. */
    private CoverArt coverArt = new SandboxCoverArt();
    @TempDir
    Path blobsDir;

    private MediaAssetService media() {
        return core.media(new FileBlobStore(blobsDir));
    }

    private CoverImportService covers() {
        return new CoverImportService(coverArt, media());
    }

    private ReleaseId imported(Mbid mbid) {
        ReleaseImportService imports = core.releaseImports();
        ReleaseDetails details = imports.importRelease(owner, imports.read(owner, ImportReleaseCommand.of(mbid.value())));
        return details.release().id();
    }

    private CoverImport importCover(ReleaseId release, Mbid mbid) {
        return covers().importFront(owner, new ImportCoverCommand(release, mbid));
    }

    /** An archive that answers this image for every release. */
    private void archiveAnswers(String contentType, byte[] image) {
        coverArt = release -> Optional.of(new CoverImage(contentType, image));
    }

    private void assertNoArtwork(ReleaseId release) throws IOException {
        assertRejected(() -> media().get(owner, AssetSubject.artworkOf(release)), ErrorCode.NOT_FOUND);
        try (Stream<Path> files = Files.walk(blobsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".data"))).as("no file left behind").isEmpty();
        }
    }

    @Test
    void the_front_cover_becomes_the_releases_artwork() {
        ReleaseId release = imported(NORTHERN_SKIES);

        CoverImport outcome = importCover(release, NORTHERN_SKIES);

        assertThat(outcome).isInstanceOf(CoverImport.Stored.class);
        MediaAssetReport artwork = media().get(owner, AssetSubject.artworkOf(release));
        assertThat(artwork.asset().facts()).isEqualTo(new MediaFacts.Image("PNG", 1400, 1400));
        assertThat(artwork.asset().contentType()).isEqualTo("image/png");
        assertThat(artwork.asset().size()).isEqualTo(coverArt.front(NORTHERN_SKIES).orElseThrow().size());
        assertThat(((CoverImport.Stored) outcome).artwork().asset()).isEqualTo(artwork.asset());
    }

    @Test
    void a_release_the_archive_has_no_cover_of_stays_without_artwork() throws IOException {
        ReleaseId release = imported(LIVE);

        CoverImport outcome = importCover(release, LIVE);

        assertThat(outcome).isEqualTo(new CoverImport.NotStored(CoverImport.Reason.NOT_FOUND,
                "The Cover Art Archive has no front cover of MusicBrainz release " + LIVE));
        assertNoArtwork(release);
    }

    @Test
    void a_cover_too_small_not_square_or_of_another_type_is_refused_by_the_rules_of_artwork() throws IOException {
        ReleaseId release = imported(NORTHERN_SKIES);

        archiveAnswers("image/png", MediaSamples.png(500, 500));
        assertThat(importCover(release, NORTHERN_SKIES)).isEqualTo(new CoverImport.NotStored(
                CoverImport.Reason.REFUSED, "The front cover is not what artwork must be: must be at least "
                + "1400×1400 pixels; it is 500×500"));
        archiveAnswers("image/jpeg", MediaSamples.jpeg(1400, 1500));
        assertThat(importCover(release, NORTHERN_SKIES)).isEqualTo(new CoverImport.NotStored(
                CoverImport.Reason.REFUSED, "The front cover is not what artwork must be: must be square; it is "
                + "1400×1500"));
        archiveAnswers("image/gif", new byte[]{'G', 'I', 'F', '8', '9', 'a'});
        assertThat(importCover(release, NORTHERN_SKIES)).isEqualTo(new CoverImport.NotStored(
                CoverImport.Reason.REFUSED, "The front cover is image/gif; artwork must be image/jpeg or image/png"));
        archiveAnswers("image/png", MediaSamples.jpeg(1400, 1400));
        assertThat(importCover(release, NORTHERN_SKIES)).isInstanceOfSatisfying(CoverImport.NotStored.class,
                notStored -> assertThat(notStored.reason()).isEqualTo(CoverImport.Reason.REFUSED));

        assertNoArtwork(release);
    }

    @Test
    void the_archive_failing_or_unavailable_leaves_the_release_without_artwork() throws IOException {
        ReleaseId release = imported(NORTHERN_SKIES);

        coverArt = mbid -> {
            throw DomainException.integration("Cover Art Archive answered 500");
        };
        assertThat(importCover(release, NORTHERN_SKIES)).isEqualTo(new CoverImport.NotStored(
                CoverImport.Reason.FAILED, "The cover could not be fetched: Cover Art Archive answered 500"));
        coverArt = mbid -> {
            throw DomainException.unavailable("Cover Art Archive is unavailable: too many of its recent calls failed",
                    Duration.ofSeconds(30));
        };
        assertThat(importCover(release, NORTHERN_SKIES)).isInstanceOfSatisfying(CoverImport.NotStored.class,
                notStored -> assertThat(notStored.reason()).isEqualTo(CoverImport.Reason.FAILED));

        assertNoArtwork(release);
    }

    @Test
    void a_release_gone_meanwhile_is_a_cover_not_stored_and_no_error() {
        ReleaseId gone = ReleaseId.generate(core.ids);

        assertThat(importCover(gone, NORTHERN_SKIES)).isInstanceOfSatisfying(CoverImport.NotStored.class,
                notStored -> {
                    assertThat(notStored.reason()).isEqualTo(CoverImport.Reason.FAILED);
                    assertThat(notStored.message()).contains("does not exist");
                });
    }

    @Test
    void a_viewer_may_not_import_a_cover() {
        ReleaseId release = imported(NORTHERN_SKIES);

        assertRejected(() -> covers().importFront(core.colleague(owner, Role.VIEWER),
                new ImportCoverCommand(release, NORTHERN_SKIES)), ErrorCode.AUTHORIZATION_ERROR);
    }
}
