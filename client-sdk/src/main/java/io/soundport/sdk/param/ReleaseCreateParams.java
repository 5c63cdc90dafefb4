package io.soundport.sdk.param;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code releases().create(..)} takes: a release and its tracks, ingested in one call as a DRAFT.
 * Build it with {@link #builder()}; {@code title} and an artist ({@code artistId} or {@code artistName}) are
 * required: without them {@code build()} fails at once, as the server would.
 *
 * @param title       the title
 * @param artistId    an artist of the catalog; or give {@code artistName}
 * @param artistName  found by name in the catalog, or created; or give {@code artistId}
 * @param upc         a UPC-A (12 digits) or EAN-13 (13 digits) with a valid check digit, unique in the
 *                    organization (a {@code ConflictException} otherwise); or null
 * @param label       the label, or null
 * @param releaseDate the release date; needed to submit
 * @param genre       the genre, or null
 * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD} (the default when null)
 * @param tracks      the tracks in order, at most 500; at least one to submit
 */
public record ReleaseCreateParams(String title, String artistId, String artistName, String upc, String label,
                                  LocalDate releaseDate, String genre, List<String> territories,
                                  List<TrackParams> tracks) {
    /**
     * Checks the required fields and copies the lists.
     *
     * @param title       the title
     * @param artistId    an artist of the catalog; or give {@code artistName}
     * @param artistName  found by name in the catalog, or created; or give {@code artistId}
     * @param upc         a UPC-A (12 digits) or EAN-13 (13 digits) with a valid check digit, unique in the
     *                    organization; or null
     * @param label       the label, or null
     * @param releaseDate the release date; needed to submit
     * @param genre       the genre, or null
     * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD} (the default when null)
     * @param tracks      the tracks in order, at most 500; at least one to submit
     * @throws NullPointerException     when the title is missing
     * @throws IllegalArgumentException when neither {@code artistId} nor {@code artistName} is given
     */
    public ReleaseCreateParams {
        Objects.requireNonNull(title, "title is required");
        if (isBlank(artistId) && isBlank(artistName)) {
            throw new IllegalArgumentException("an artist is required: give artistId or artistName");
        }
        territories = territories == null ? null : List.copyOf(territories);
        tracks = tracks == null ? null : List.copyOf(tracks);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReleaseCreateParams}. */
    public static final class Builder {
        private String title;
        private String artistId;
        private String artistName;
        private String upc;
        private String label;
        private LocalDate releaseDate;
        private String genre;
        private List<String> territories;
        private List<TrackParams> tracks;

        private Builder() {
        }

        /**
         * Sets {@code title}.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code artist_id}.
         *
         * @param artistId an artist of the catalog; or give {@code artistName}
         * @return this builder
         */
        public Builder artistId(String artistId) {
            this.artistId = artistId;
            return this;
        }

        /**
         * Sets {@code artist_name}.
         *
         * @param artistName found by name in the catalog, or created; or give {@code artistId}
         * @return this builder
         */
        public Builder artistName(String artistName) {
            this.artistName = artistName;
            return this;
        }

        /**
         * Sets {@code upc}.
         *
         * @param upc a UPC-A (12 digits) or EAN-13 (13 digits) with a valid check digit, unique in the
         *            organization; or null
         * @return this builder
         */
        public Builder upc(String upc) {
            this.upc = upc;
            return this;
        }

        /**
         * Sets {@code label}.
         *
         * @param label the label, or null
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code release_date}.
         *
         * @param releaseDate the release date; needed to submit
         * @return this builder
         */
        public Builder releaseDate(LocalDate releaseDate) {
            this.releaseDate = releaseDate;
            return this;
        }

        /**
         * Sets {@code genre}.
         *
         * @param genre the genre, or null
         * @return this builder
         */
        public Builder genre(String genre) {
            this.genre = genre;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD} (the default when null)
         * @return this builder
         */
        public Builder territories(List<String> territories) {
            this.territories = territories;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories ISO 3166-1 alpha-2 codes or {@code WORLD} (the default when null)
         * @return this builder
         */
        public Builder territories(String... territories) {
            this.territories = List.of(territories);
            return this;
        }

        /**
         * Sets {@code tracks}.
         *
         * @param tracks the tracks in order, at most 500; at least one to submit
         * @return this builder
         */
        public Builder tracks(List<TrackParams> tracks) {
            this.tracks = tracks;
            return this;
        }

        /**
         * Sets {@code tracks}.
         *
         * @param tracks the tracks in order, at most 500; at least one to submit
         * @return this builder
         */
        public Builder tracks(TrackParams... tracks) {
            this.tracks = List.of(tracks);
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ReleaseCreateParams}
         * @throws NullPointerException     when the title is missing
         * @throws IllegalArgumentException when neither {@code artistId} nor {@code artistName} is given
         */
        public ReleaseCreateParams build() {
            return new ReleaseCreateParams(title, artistId, artistName, upc, label, releaseDate, genre, territories, tracks);
        }
    }
}
