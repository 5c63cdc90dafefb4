package io.soundport.sdk.param;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code releases().update(..)} changes on a DRAFT release; null fields are kept.
 * Build it with {@link #builder()}.
 *
 * @param title       a new title, or null
 * @param artistId    another artist of the catalog, or null
 * @param upc         a new UPC or EAN, or null
 * @param label       a new label, or null
 * @param releaseDate a new release date, or null
 * @param genre       a new genre, or null
 * @param territories new territories, or null
 */
public record ReleaseUpdateParams(String title, String artistId, String upc, String label, LocalDate releaseDate,
                                  String genre, List<String> territories) {
    /**
     * Copies the lists.
     *
     * @param title       a new title, or null
     * @param artistId    another artist of the catalog, or null
     * @param upc         a new UPC or EAN, or null
     * @param label       a new label, or null
     * @param releaseDate a new release date, or null
     * @param genre       a new genre, or null
     * @param territories new territories, or null
     */
    public ReleaseUpdateParams {
        territories = territories == null ? null : List.copyOf(territories);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReleaseUpdateParams}. */
    public static final class Builder {
        private String title;
        private String artistId;
        private String upc;
        private String label;
        private LocalDate releaseDate;
        private String genre;
        private List<String> territories;

        private Builder() {
        }

        /**
         * Sets {@code title}.
         *
         * @param title a new title, or null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code artist_id}.
         *
         * @param artistId another artist of the catalog, or null
         * @return this builder
         */
        public Builder artistId(String artistId) {
            this.artistId = artistId;
            return this;
        }

        /**
         * Sets {@code upc}.
         *
         * @param upc a new UPC or EAN, or null
         * @return this builder
         */
        public Builder upc(String upc) {
            this.upc = upc;
            return this;
        }

        /**
         * Sets {@code label}.
         *
         * @param label a new label, or null
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code release_date}.
         *
         * @param releaseDate a new release date, or null
         * @return this builder
         */
        public Builder releaseDate(LocalDate releaseDate) {
            this.releaseDate = releaseDate;
            return this;
        }

        /**
         * Sets {@code genre}.
         *
         * @param genre a new genre, or null
         * @return this builder
         */
        public Builder genre(String genre) {
            this.genre = genre;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories new territories, or null
         * @return this builder
         */
        public Builder territories(List<String> territories) {
            this.territories = territories;
            return this;
        }

        /**
         * Sets {@code territories}.
         *
         * @param territories new territories, or null
         * @return this builder
         */
        public Builder territories(String... territories) {
            this.territories = List.of(territories);
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ReleaseUpdateParams}
         */
        public ReleaseUpdateParams build() {
            return new ReleaseUpdateParams(title, artistId, upc, label, releaseDate, genre, territories);
        }
    }
}
