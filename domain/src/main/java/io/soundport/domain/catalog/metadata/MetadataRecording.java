package io.soundport.domain.catalog.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A recording (a distinct sound, which many releases may carry) as the metadata source knows it, with the ISRCs
 * registered for it and, for a search hit or a lookup, the releases it appears on. The lists are never null; a
 * field but the id and title may be null.
 */
public record MetadataRecording(Mbid id, String title, Long lengthMs, String disambiguation,
                                List<ArtistCredit> artists, List<String> isrcs, List<ReleaseRef> releases,
                                Integer score) {
    public MetadataRecording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        artists = artists == null ? List.of() : List.copyOf(artists);
        isrcs = isrcs == null ? List.of() : List.copyOf(isrcs);
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    /** A release a recording appears on: its id, title and partial ISO date. */
    public record ReleaseRef(Mbid id, String title, String date) {
        public ReleaseRef {
            Objects.requireNonNull(id, "id");
        }
    }
}
