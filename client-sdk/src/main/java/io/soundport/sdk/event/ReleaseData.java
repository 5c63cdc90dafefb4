package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.ReleaseStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The release a {@code release.*} event is about, as it is after the change (for {@code release.deleted}, as it was).
 * Not a {@link io.soundport.sdk.model.Release}: it carries the number of tracks instead of the tracks, and no artist
 * name nor timestamps; {@code releases().retrieve(id)} has the rest.
 *
 * @param id            the release's id ({@code rel_...})
 * @param title         the title
 * @param artistId      its artist
 * @param upc           the UPC or EAN, or null
 * @param label         the label, or null
 * @param releaseDate   the release date, or null
 * @param genre         the genre, or null
 * @param territories   ISO 3166-1 alpha-2 codes, or {@code WORLD}
 * @param statusValue   the status as sent; {@link #status()} reads it as an enum
 * @param trackCount    how many tracks it has
 * @param version       its version, for {@code If-Match}
 * @param workflowDepth how many workflow rules led to the event
 */
public record ReleaseData(String id, String title, String artistId, String upc, String label, LocalDate releaseDate,
                          String genre, List<String> territories, @JsonProperty("status") String statusValue,
                          int trackCount, long version, int workflowDepth) implements EventData {
    /**
     * Where the release is.
     *
     * @return the status, {@link ReleaseStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public ReleaseStatus status() {
        return ReleaseStatus.fromValue(statusValue);
    }
}
