package io.soundport.domain.catalog.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A release as the metadata source knows it: a search hit carries its media without tracks; a lookup carries every
 * medium with its tracks and their recordings (ISRCs included). {@code date} is a partial ISO date, {@code barcode}
 * the printed one (a UPC or EAN, or empty when the release has none), {@code status} the source's (Official,
 * Promotion, Bootleg...). Any field but the id and title may be null; the lists are never null.
 */
public record MetadataRelease(Mbid id, String title, String status, String date, String country, String barcode,
                              List<ArtistCredit> artists, List<LabelInfo> labels, List<Medium> media,
                              Integer score) {
    public MetadataRelease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        artists = artists == null ? List.of() : List.copyOf(artists);
        labels = labels == null ? List.of() : List.copyOf(labels);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** Every track of every medium, in order. */
    public List<MetadataTrack> tracks() {
        return media.stream().flatMap(medium -> medium.tracks().stream()).toList();
    }

    /** A label the release came out on, with its catalog number there; the label's id may be null. */
    public record LabelInfo(Mbid labelId, String name, String catalogNumber) {
    }

    /** One disc, side or file set: its position (from 1), its format (CD, Digital Media...), its tracks. */
    public record Medium(int position, String format, int trackCount, List<MetadataTrack> tracks) {
        public Medium {
            tracks = tracks == null ? List.of() : List.copyOf(tracks);
        }
    }
}
