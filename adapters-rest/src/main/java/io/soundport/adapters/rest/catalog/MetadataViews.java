package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** What the MusicBrainz endpoints answer: MusicBrainz's entities in Soundport's shapes, ids as MusicBrainz's. */
final class MetadataViews {
    private static final String SCORE = "how well the hit matches the query, 0 to 100 (searches only)";
    private static final String PARTIAL_DATE = "a date as precise as MusicBrainz knows it: 2024, 2024-03 or 2024-03-08";

    private MetadataViews() {
    }

    /** One page of search hits, best first. */
    record SearchPage<T>(List<T> data, @Schema(description = "how many hits there are in all") int total,
                         int offset, int limit, boolean hasMore) {
        static <D, T> SearchPage<T> of(MetadataPage<D> page, int limit, Function<D, T> view) {
            return new SearchPage<>(page.items().stream().map(view).toList(), page.total(), page.offset(), limit,
                    page.offset() + page.items().size() < page.total());
        }
    }

    @Schema(name = "MusicBrainzArtistCredit", description = "An artist as credited, and what joins it to the next")
    record CreditView(@Nullable String artistId, String name, String joinPhrase) {
        static List<CreditView> of(List<ArtistCredit> credits) {
            return credits.stream().map(c -> new CreditView(c.artistId() == null ? null : c.artistId().value(),
                    c.name(), c.joinPhrase())).toList();
        }
    }

    @Schema(name = "MusicBrainzArtist")
    record ArtistView(String id, String name, @Nullable String sortName,
                      @Nullable @Schema(description = "Person, Group, Orchestra, Choir, Character or Other") String type,
                      @Nullable @Schema(description = "ISO 3166-1 code") String country, @Nullable String disambiguation,
                      @Nullable @Schema(description = PARTIAL_DATE) String beginDate,
                      @Nullable @Schema(description = PARTIAL_DATE) String endDate,
                      @Nullable @Schema(description = SCORE) Integer score) {
        static ArtistView of(MetadataArtist a) {
            return new ArtistView(a.id().value(), a.name(), a.sortName(), a.type(), a.country(), a.disambiguation(),
                    a.beginDate(), a.endDate(), a.score());
        }
    }

    @Schema(name = "MusicBrainzLabel", description = "A label the release came out on, and its catalog number there")
    record LabelView(@Nullable String labelId, @Nullable String name, @Nullable String catalogNumber) {
    }

    @Schema(name = "MusicBrainzTrack")
    record TrackView(int position, @Nullable @Schema(description = "as printed: 3, A1...") String number, String title,
                     @Nullable Long lengthMs, String recordingId, List<String> isrcs) {
        static TrackView of(MetadataTrack t) {
            return new TrackView(t.position(), t.number(), t.title(), t.lengthMs(), t.recording().id().value(),
                    t.recording().isrcs());
        }
    }

    @Schema(name = "MusicBrainzMedium", description = "A disc, side or set of files; its tracks in a lookup only")
    record MediumView(int position, @Nullable String format, int trackCount, List<TrackView> tracks) {
    }

    @Schema(name = "MusicBrainzRelease")
    record ReleaseView(String id, String title, @Nullable String status,
                       @Nullable @Schema(description = PARTIAL_DATE) String date, @Nullable String country,
                       @Nullable @Schema(description = "UPC or EAN as printed; empty when the release has none")
                       String barcode,
                       @Schema(description = "the credits as one line") String artistName, List<CreditView> artists,
                       List<LabelView> labels, List<MediumView> media,
                       @Nullable @Schema(description = SCORE) Integer score) {
        static ReleaseView of(MetadataRelease r) {
            return new ReleaseView(r.id().value(), r.title(), r.status(), r.date(), r.country(), r.barcode(),
                    ArtistCredit.line(r.artists()), CreditView.of(r.artists()),
                    r.labels().stream().map(l -> new LabelView(l.labelId() == null ? null : l.labelId().value(),
                            l.name(), l.catalogNumber())).toList(),
                    r.media().stream().map(m -> new MediumView(m.position(), m.format(), m.trackCount(),
                            m.tracks().stream().map(TrackView::of).toList())).toList(), r.score());
        }
    }

    @Schema(name = "MusicBrainzReleaseReference")
    record ReleaseReferenceView(String id, @Nullable String title,
                                @Nullable @Schema(description = PARTIAL_DATE) String date) {
    }

    @Schema(name = "MusicBrainzRecording")
    record RecordingView(String id, String title, @Nullable Long lengthMs, @Nullable String disambiguation,
                         @Schema(description = "the credits as one line") String artistName,
                         List<CreditView> artists, List<String> isrcs, List<ReleaseReferenceView> releases,
                         @Nullable @Schema(description = SCORE) Integer score) {
        static RecordingView of(MetadataRecording r) {
            return new RecordingView(r.id().value(), r.title(), r.lengthMs(), r.disambiguation(),
                    ArtistCredit.line(r.artists()), CreditView.of(r.artists()), r.isrcs(),
                    r.releases().stream().map(ref -> new ReleaseReferenceView(ref.id().value(), ref.title(),
                            ref.date())).toList(), r.score());
        }
    }
}
