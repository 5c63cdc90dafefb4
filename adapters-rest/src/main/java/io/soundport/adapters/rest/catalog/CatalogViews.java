package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.Artist;
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
}
