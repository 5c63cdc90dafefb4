package io.soundport.adapters.ddex;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.ReleasePackager.Media;
import io.soundport.domain.distribution.ReleasePackager.MediaFile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Media files of the tests: stored assets whose hashes are those of their subject's name (so a test can name them),
 * read from a source that fails the test when it is opened, since packaging never reads the media.
 */
final class TestMedia {
    private static final Instant STORED = Instant.parse("2025-05-01T08:00:00Z");

    private TestMedia() {
    }

    /** A source that fails the test when opened. */
    static DeliveryPackage.Source unopened(String what) {
        return () -> {
            throw new AssertionError("the packager opened the " + what);
        };
    }

    /** The SHA-256 the asset of {@code subject} was stored with. */
    static String sha256(AssetSubject subject) {
        return DeliveryManifest.sha256(subject.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The MD5 the asset of {@code subject} was stored with. */
    static String md5(AssetSubject subject) {
        return DeliveryManifest.md5(subject.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A 44.1 kHz, 16-bit stereo WAV of {@code track}. */
    static MediaFile wav(Track track, long size) {
        return audio(track, "audio/wav", size, new MediaFacts.Audio("PCM", 44_100, 16, 2, track.durationMs()));
    }

    /** A 96 kHz, 24-bit stereo FLAC of {@code track}. */
    static MediaFile flac(Track track, long size) {
        return audio(track, "audio/flac", size, new MediaFacts.Audio("FLAC", 96_000, 24, 2, track.durationMs()));
    }

    /** A 3000 x 3000 JPEG cover of {@code release}. */
    static MediaFile jpeg(Release release, long size) {
        return cover(release, "image/jpeg", size, new MediaFacts.Image("JPEG", 3000, 3000));
    }

    /** A 1400 x 1500 (width x height) PNG cover of {@code release}. */
    static MediaFile png(Release release, long size) {
        return cover(release, "image/png", size, new MediaFacts.Image("PNG", 1400, 1500));
    }

    /** A JPEG cover and a WAV for every track, each of {@code 1_000_000 + n} bytes. */
    static Media of(Release release, List<Track> tracks) {
        Map<TrackId, MediaFile> audio = new LinkedHashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            audio.put(tracks.get(i).id(), wav(tracks.get(i), 1_000_001L + i));
        }
        return new Media(jpeg(release, 1_000_000L), audio);
    }

    private static MediaFile audio(Track track, String contentType, long size, MediaFacts.Audio facts) {
        AssetSubject subject = AssetSubject.audioOf(track.id());
        return new MediaFile(new MediaAsset(track.organizationId(), subject, track.releaseId(),
                "tracks/" + track.id().value(), contentType, size, sha256(subject), md5(subject), facts, STORED),
                unopened(subject.toString()));
    }

    private static MediaFile cover(Release release, String contentType, long size, MediaFacts.Image facts) {
        AssetSubject subject = AssetSubject.artworkOf(release.id());
        return new MediaFile(new MediaAsset(release.organizationId(), subject, release.id(),
                "releases/" + release.id().value(), contentType, size, sha256(subject), md5(subject), facts, STORED),
                unopened(subject.toString()));
    }
}
