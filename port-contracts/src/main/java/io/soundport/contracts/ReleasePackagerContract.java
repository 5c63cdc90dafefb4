package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryPackage.PackageFile;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.distribution.ReleasePackager.Contents;
import io.soundport.domain.distribution.ReleasePackager.Media;
import io.soundport.domain.distribution.ReleasePackager.MediaFile;
import io.soundport.domain.distribution.ReleasePackager.Party;
import io.soundport.domain.distribution.ReleasePackager.Terms;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link ReleasePackager} must do, whatever its format: the gateways hand the files over with
 * {@code manifest.json} last, and receivers check every other file against it. Media files are streamed from their
 * store by the gateways: packaging never reads them.
 */
public abstract class ReleasePackagerContract {
    private static final String MANIFEST = DeliveryPackage.MANIFEST;
    private static final Party SENDER = new Party("org_01", "Northern Lights Records");
    private static final Party RECIPIENT = new Party("ptn_01", "Streamly");

    protected abstract ReleasePackager packager();

    private final Organization org = Fixtures.organization();
    private final Artist artist = Fixtures.artist(org);
    private final Release release = Fixtures.release(org, artist);
    private final List<Track> tracks = List.of(Fixtures.track(org, release, artist, 1),
            Fixtures.track(org, release, artist, 2));

    private Contents contents(DeliveryKind kind, String messageId, Release of) {
        return new Contents(kind, SENDER, RECIPIENT, messageId, of, artist.name(), tracks, Fixtures.instant());
    }

    private Contents contents(DeliveryKind kind, Media media) {
        Instant at = Fixtures.instant();
        return new Contents(kind, SENDER, RECIPIENT, "msg_01", release, artist.name(), tracks, at, Terms.LIVE,
                DeliveryPackage.batchIdAt(at), media);
    }

    /** A source that fails the test when it is opened: packaging must not read the media. */
    private static DeliveryPackage.Source unopened(String what) {
        return () -> {
            throw new AssertionError("the packager opened the " + what);
        };
    }

    private MediaFile audio(Track track, long size) {
        return new MediaFile(new MediaAsset(org.id(), AssetSubject.audioOf(track.id()), release.id(),
                "orgs/" + org.id().value() + "/tracks/" + track.id().value(), "audio/wav", size,
                Fixtures.sha256Hex(), Fixtures.sha256Hex().substring(0, 32),
                new MediaFacts.Audio("PCM", 44_100, 16, 2, 215_000), Fixtures.instant()),
                unopened("audio of " + track.id().value()));
    }

    private MediaFile cover(long size) {
        return new MediaFile(new MediaAsset(org.id(), AssetSubject.artworkOf(release.id()), release.id(),
                "orgs/" + org.id().value() + "/releases/" + release.id().value(), "image/jpeg", size,
                Fixtures.sha256Hex(), Fixtures.sha256Hex().substring(0, 32),
                new MediaFacts.Image("JPEG", 3000, 3000), Fixtures.instant()), unopened("cover"));
    }

    private Media media() {
        Map<TrackId, MediaFile> audio = new LinkedHashMap<>();
        audio.put(tracks.get(0).id(), audio(tracks.get(0), 52_000_000L));
        audio.put(tracks.get(1).id(), audio(tracks.get(1), 3_000_000_000L));
        return new Media(cover(4_500_000L), audio);
    }

    private static String text(DeliveryPackage pkg, String path) {
        return new String(pkg.file(path).orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_package_carries_the_message_id_kind_and_batch_it_was_asked_for_in_the_folder_of_its_upc() {
        for (DeliveryKind kind : DeliveryKind.values()) {
            Contents contents = contents(kind, "msg_" + kind.name().toLowerCase(), release);
            DeliveryPackage pkg = packager().pack(contents);

            assertThat(pkg.messageId()).isEqualTo("msg_" + kind.name().toLowerCase());
            assertThat(pkg.kind()).isEqualTo(kind);
            assertThat(pkg.batchId()).isEqualTo(contents.batchId());
            assertThat(pkg.releaseFolder()).isEqualTo(release.upc().value());
            assertThat(pkg.file(MANIFEST)).isPresent();
            assertThat(pkg.files()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void the_manifest_names_the_message_and_lists_every_other_file_with_its_size_and_sha256() throws Exception {
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.DELIVERY, "msg_01", release));
        String manifest = text(pkg, MANIFEST);

        assertThat(manifest).contains("\"message_id\":\"msg_01\"", "\"kind\":\"DELIVERY\"",
                "\"release_id\":\"" + release.id().value() + "\"");
        for (PackageFile file : pkg.files()) {
            if (!file.path().equals(MANIFEST)) {
                byte[] bytes = file.readAllBytes();
                assertThat(file.size()).as(file.path()).isEqualTo(bytes.length);
                assertThat(manifest).as(file.path()).contains("{\"name\":\"" + file.path() + "\",\"size\":"
                        + bytes.length + ",\"sha256\":\"" + sha256(bytes) + "\"");
            }
        }
    }

    @Test
    void file_names_are_plain_names_a_drop_folder_can_hold() {
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.DELIVERY, media()));

        assertThat(pkg.problemAsDrop()).isNull();
        assertThat(pkg.files()).allSatisfy(file -> assertThat(file.path())
                .matches("(resources/)?[A-Za-z0-9_-][A-Za-z0-9._-]*").doesNotContain(".."));
    }

    @Test
    void the_same_contents_give_the_same_bytes_so_a_retry_sends_what_the_first_attempt_sent() {
        Contents contents = contents(DeliveryKind.DELIVERY, media());
        DeliveryPackage first = packager().pack(contents);
        DeliveryPackage again = packager().pack(contents);

        assertThat(again.files()).extracting(PackageFile::path)
                .containsExactlyElementsOf(first.files().stream().map(PackageFile::path).toList());
        for (PackageFile file : first.files()) {
            PackageFile same = again.file(file.path()).orElseThrow();
            assertThat(same.size()).as(file.path()).isEqualTo(file.size());
            if (!file.isResource()) {
                assertThat(same.readAllBytes()).as(file.path()).isEqualTo(file.readAllBytes());
            }
        }
    }

    @Test
    void a_delivery_carries_its_media_under_resources_unread_referenced_by_the_message_and_in_the_manifest() {
        Media media = media();
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.DELIVERY, media));

        List<PackageFile> resources = pkg.files().stream().filter(PackageFile::isResource).toList();
        assertThat(resources).hasSize(3);
        List<MediaFile> expected = List.of(media.artwork(), media.audio().get(tracks.get(0).id()),
                media.audio().get(tracks.get(1).id()));
        String manifest = text(pkg, MANIFEST);
        String message = pkg.files().stream().filter(f -> !f.isResource() && !f.path().equals(MANIFEST))
                .map(f -> new String(f.readAllBytes(), StandardCharsets.UTF_8))
                .reduce("", String::concat);
        for (MediaFile file : expected) {
            PackageFile carried = resources.stream().filter(f -> f.source() == file.source()).findFirst()
                    .orElseThrow(() -> new AssertionError("no file of the package reads " + file.asset().subject()));
            assertThat(carried.size()).isEqualTo(file.asset().size());
            assertThat(message).as("the message references " + carried.path())
                    .contains(carried.path(), file.asset().md5());
            assertThat(manifest).as(carried.path()).contains("{\"name\":\"" + carried.path() + "\",\"size\":"
                    + file.asset().size() + ",\"sha256\":\"" + file.asset().sha256() + "\"")
                    .contains(file.asset().md5());
        }
    }

    @Test
    void a_takedown_carries_no_media() {
        DeliveryPackage pkg = packager().pack(contents(DeliveryKind.TAKEDOWN, media()));

        assertThat(pkg.files()).noneMatch(PackageFile::isResource);
        assertThat(text(pkg, MANIFEST)).doesNotContain(DeliveryPackage.RESOURCES + "/");
    }

    @Test
    void a_release_partners_cannot_take_is_refused_naming_the_field() {
        Release noUpc = new Release(ReleaseId.of(Fixtures.id(ReleaseId.PREFIX)), org.id(), "No UPC", artist.id(), null,
                null, release.releaseDate(), null, null, ReleaseStatus.SUBMITTED, release.createdAt(),
                release.updatedAt(), 1);

        assertThatThrownBy(() -> packager().pack(contents(DeliveryKind.DELIVERY, "msg_01", noUpc)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(d -> d.field()).contains("upc");
                });
    }

    @Test
    void a_message_id_that_cannot_name_a_file_is_refused() {
        for (String bad : List.of("", "../x", "a/b", ".hidden")) {
            assertThatThrownBy(() -> packager().pack(contents(DeliveryKind.DELIVERY, bad, release)))
                    .as(bad).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        }
    }

    @Test
    void the_message_is_created_at_the_time_given() {
        Instant at = Instant.parse("2025-06-01T10:15:30Z");
        DeliveryPackage pkg = packager().pack(new Contents(DeliveryKind.DELIVERY, SENDER, RECIPIENT, "msg_01", release,
                artist.name(), tracks, at));

        assertThat(text(pkg, MANIFEST)).contains("\"created_at\":\"2025-06-01T10:15:30Z\"");
    }
}
