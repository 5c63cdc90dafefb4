package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A release with its tracks in order.
 *
 * @param id          the release's id
 * @param title       the title
 * @param artistId    its artist
 * @param artistName  the artist's name
 * @param upc         the UPC or EAN, or null
 * @param label       the label, or null
 * @param releaseDate the release date, or null
 * @param genre       the genre, or null
 * @param territories ISO 3166-1 alpha-2 codes, or {@code WORLD}
 * @param statusValue the status as sent; {@link #status()} reads it as an enum
 * @param pLine       the ℗ line, which every track carries too, or null (needed before a delivery)
 * @param cLine       the © line, or null (needed before a delivery)
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 * @param version     its version, for {@code If-Match}
 * @param tracks      its tracks in order
 */
public record Release(String id, String title, String artistId, String artistName, String upc, String label,
                      LocalDate releaseDate, String genre, List<String> territories,
                      @JsonProperty("status") String statusValue, CopyrightLine pLine, CopyrightLine cLine,
                      Instant createdAt, Instant updatedAt, long version,
                      List<Track> tracks) {
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
