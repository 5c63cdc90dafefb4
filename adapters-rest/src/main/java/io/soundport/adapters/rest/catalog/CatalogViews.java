package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.application.catalog.MediaAssetReport;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaFacts;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.shared.Territory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the catalog endpoints answer. */
final class CatalogViews {
    private CatalogViews() {
    }

    @Schema(name = "Artist")
    record ArtistView(String id, String name, @Nullable String musicbrainzId, @Nullable String spotifyId, Instant createdAt,
                      Instant updatedAt, long version) {
        static ArtistView of(Artist a) {
            return new ArtistView(a.id().value(), a.name(), a.musicbrainzId(), a.spotifyId(), a.createdAt(),
                    a.updatedAt(), a.version());
        }
    }

    @Schema(name = "Track")
    record TrackView(String id, @Nullable String releaseId, @Nullable String artistId, String title,
                     @Nullable @Schema(description = "normalized: upper case without hyphens (USRC17607839)") String isrc, long durationMs,
                     boolean explicit, @Nullable Integer position, Instant createdAt, Instant updatedAt, long version) {
        static TrackView of(Track t) {
            return new TrackView(t.id().value(), t.releaseId() == null ? null : t.releaseId().value(),
                    t.artistId() == null ? null : t.artistId().value(), t.title(),
                    t.isrc() == null ? null : t.isrc().value(), t.durationMs(), t.explicit(), t.position(),
                    t.createdAt(), t.updatedAt(), t.version());
        }
    }

    @Schema(name = "Release", description = "A release with its tracks in order")
    record ReleaseView(String id, String title, String artistId, String artistName, @Nullable @Schema(description = "unique per organization") String upc,
                       @Nullable String label, @Nullable LocalDate releaseDate, @Nullable String genre,
                       List<String> territories, @Schema(implementation = ReleaseStatus.class) String status,
                       @Nullable @Schema(description = "the ℗ line, which every track carries too")
                       CopyrightLineView pLine,
                       @Nullable @Schema(description = "the © line") CopyrightLineView cLine,
                       Instant createdAt, Instant updatedAt, long version, List<TrackView> tracks) {
        static ReleaseView of(ReleaseDetails d) {
            Release r = d.release();
            return new ReleaseView(r.id().value(), r.title(), r.artistId().value(), d.artist().name(),
                    r.upc() == null ? null : r.upc().value(), r.label(), r.releaseDate(), r.genre(), territoryCodes(r),
                    r.status().name(), CopyrightLineView.of(r.pLine()), CopyrightLineView.of(r.cLine()),
                    r.createdAt(), r.updatedAt(), r.version(), d.tracks().stream().map(TrackView::of).toList());
        }
    }

    @Schema(name = "CopyrightLineView", description = "A ℗ or © line: the year and the owner")
    record CopyrightLineView(int year, String owner) {
        static CopyrightLineView of(io.soundport.domain.catalog.CopyrightLine line) {
            return line == null ? null : new CopyrightLineView(line.year(), line.owner());
        }
    }

    @Schema(name = "ReleaseSummary", description = "A release in a list (read one for its tracks)")
    record ReleaseSummary(String id, String title, String artistId,
                          @Nullable @Schema(description = "unique per organization") String upc, @Nullable String label,
                          @Nullable LocalDate releaseDate, @Nullable String genre, List<String> territories,
                          @Schema(implementation = ReleaseStatus.class) String status,
                          Instant createdAt, Instant updatedAt, long version) {
        static ReleaseSummary of(Release r) {
            return new ReleaseSummary(r.id().value(), r.title(), r.artistId().value(),
                    r.upc() == null ? null : r.upc().value(), r.label(), r.releaseDate(), r.genre(), territoryCodes(r),
                    r.status().name(), r.createdAt(), r.updatedAt(), r.version());
        }
    }

    private static List<String> territoryCodes(Release r) {
        return r.territories().stream().map(Territory::code).toList();
    }

    @Schema(name = "MediaWarning", description = "Something a DSP may refuse, reported without refusing the file")
    record MediaWarningView(@Schema(description = "DURATION_MISMATCH: the audio's length differs from the track's "
            + "duration_ms by more than a second") String code, String message) {
        static List<MediaWarningView> of(MediaAssetReport report) {
            return report.warnings().stream().map(w -> new MediaWarningView(w.code(), w.message())).toList();
        }
    }

    @Schema(name = "TrackAudio", description = "A track's audio file as stored, and what was read from the file itself")
    record AudioView(String trackId, String contentType, @Schema(description = "bytes") long size,
                     @Schema(description = "hex, lower case") String sha256,
                     @Schema(description = "hex, lower case") String md5,
                     @Schema(description = "PCM (WAV) or FLAC") String codec, int sampleRate, int bitDepth,
                     int channels, long durationMs, Instant uploadedAt, List<MediaWarningView> warnings) {
        static AudioView of(MediaAssetReport report) {
            MediaAsset a = report.asset();
            MediaFacts.Audio audio = (MediaFacts.Audio) a.facts();
            return new AudioView(a.subject().id(), a.contentType(), a.size(), a.sha256(), a.md5(), audio.codec(),
                    audio.sampleRate(), audio.bitDepth(), audio.channels(), audio.durationMs(), a.uploadedAt(),
                    MediaWarningView.of(report));
        }
    }

    @Schema(name = "ReleaseArtwork", description = "A release's cover as stored, and its dimensions read from the file")
    record ArtworkView(String releaseId, String contentType, @Schema(description = "bytes") long size,
                       @Schema(description = "hex, lower case") String sha256,
                       @Schema(description = "hex, lower case") String md5,
                       @Schema(description = "JPEG or PNG") String codec, int width, int height, Instant uploadedAt) {
        static ArtworkView of(MediaAssetReport report) {
            MediaAsset a = report.asset();
            MediaFacts.Image image = (MediaFacts.Image) a.facts();
            return new ArtworkView(a.subject().id(), a.contentType(), a.size(), a.sha256(), a.md5(), image.codec(),
                    image.width(), image.height(), a.uploadedAt());
        }
    }
}
