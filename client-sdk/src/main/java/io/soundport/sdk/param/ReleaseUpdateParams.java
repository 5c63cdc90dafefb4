package io.soundport.sdk.param;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.soundport.sdk.model.CopyrightLine;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code releases().update(..)} changes on a DRAFT release: null fields are kept, fields named in
 * {@code cleared} are removed. Build it with {@link #builder()}.
 *
 * @param title       a new title, or null
 * @param artistId    another artist of the catalog, or null
 * @param artistName  the artist by name: the catalog's artist of that name (any case), created when there is none;
 *                    or null. Never together with {@code artistId}
 * @param upc         a new UPC (12 digits) or EAN (13 digits), unique in the organization, or null
 * @param label       a new label, or null
 * @param releaseDate a new release date, or null
 * @param genre       a new genre, or null
 * @param territories new territories, or null
 * @param cleared     the optional fields to remove; never null
 * @param pLine       a new ℗ line (which every track carries too), or null
 * @param cLine       a new © line, or null
 */
public record ReleaseUpdateParams(String title, String artistId, String artistName, String upc, String label,
                                  LocalDate releaseDate, String genre, List<String> territories,
                                  @JsonIgnore Set<Clearable> cleared, CopyrightLine pLine, CopyrightLine cLine) {
    /** The optional fields of a release that an update can remove. */
    public enum Clearable {
        /** The UPC or EAN. */
        UPC,
        /** The label. */
        LABEL,
        /** The release date (a release needs one again before it can be submitted). */
        RELEASE_DATE,
        /** The genre. */
        GENRE
    }

    /**
     * Copies the collections and checks that no field is both set and cleared, and that the artist is named once.
     *
     * @param title       a new title, or null
     * @param artistId    another artist of the catalog, or null
     * @param artistName  the artist by name, or null
     * @param upc         a new UPC or EAN, unique in the organization, or null
     * @param label       a new label, or null
     * @param releaseDate a new release date, or null
     * @param genre       a new genre, or null
     * @param territories new territories, or null
     * @param cleared     the optional fields to remove, or null for none
     * @param pLine       a new ℗ line, or null
     * @param cLine       a new © line, or null
     * @throws IllegalArgumentException when a field is both set and cleared, or both artist fields are given
     */
    public ReleaseUpdateParams {
        territories = territories == null ? null : List.copyOf(territories);
        cleared = cleared == null || cleared.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cleared));
        if (artistId != null && artistName != null) {
            throw new IllegalArgumentException("give artistId or artistName, not both");
        }
        Map<Clearable, Object> set = new LinkedHashMap<>();
        set.put(Clearable.UPC, upc);
        set.put(Clearable.LABEL, label);
        set.put(Clearable.RELEASE_DATE, releaseDate);
        set.put(Clearable.GENRE, genre);
        for (Clearable field : cleared) {
            if (set.get(field) != null) {
                throw new IllegalArgumentException(wireName(field) + " is both set and cleared");
            }
        }
    }

    /**
     * Params without ℗ and © lines.
     *
     * @param title       a new title, or null
     * @param artistId    another artist of the catalog, or null
     * @param artistName  the artist by name, or null
     * @param upc         a new UPC or EAN, or null
     * @param label       a new label, or null
     * @param releaseDate a new release date, or null
     * @param genre       a new genre, or null
     * @param territories new territories, or null
     * @param cleared     the optional fields to remove, or null for none
     */
    public ReleaseUpdateParams(String title, String artistId, String artistName, String upc, String label,
                               LocalDate releaseDate, String genre, List<String> territories, Set<Clearable> cleared) {
        this(title, artistId, artistName, upc, label, releaseDate, genre, territories, cleared, null, null);
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cleared fields as the API takes them: each sent as an empty string.
     *
     * @return wire name to {@code ""}
     */
    @JsonAnyGetter
    Map<String, String> clearedOnTheWire() {
        Map<String, String> wire = new LinkedHashMap<>();
        cleared.stream().sorted().forEach(field -> wire.put(wireName(field), ""));
        return wire;
    }

    private static String wireName(Clearable field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** Builds a {@link ReleaseUpdateParams}. */
    public static final class Builder {
        private String title;
        private String artistId;
        private String artistName;
        private String upc;
        private String label;
        private LocalDate releaseDate;
        private String genre;
        private List<String> territories;
        private final Set<Clearable> cleared = EnumSet.noneOf(Clearable.class);
        private CopyrightLine pLine;
        private CopyrightLine cLine;

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
         * Sets {@code artist_name}: the catalog's artist of that name, created when there is none.
         *
         * @param artistName the artist's name, or null
         * @return this builder
         */
        public Builder artistName(String artistName) {
            this.artistName = artistName;
            return this;
        }

        /**
         * Sets {@code upc}.
         *
         * @param upc a new UPC or EAN, unique in the organization, or null
         * @return this builder
         */
        public Builder upc(String upc) {
            this.upc = upc;
            cleared.remove(Clearable.UPC);
            return this;
        }

        /**
         * Removes the UPC.
         *
         * @return this builder
         */
        public Builder clearUpc() {
            return clear(Clearable.UPC);
        }

        /**
         * Sets {@code label}.
         *
         * @param label a new label, or null
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            cleared.remove(Clearable.LABEL);
            return this;
        }

        /**
         * Removes the label.
         *
         * @return this builder
         */
        public Builder clearLabel() {
            return clear(Clearable.LABEL);
        }

        /**
         * Sets {@code release_date}.
         *
         * @param releaseDate a new release date, or null
         * @return this builder
         */
        public Builder releaseDate(LocalDate releaseDate) {
            this.releaseDate = releaseDate;
            cleared.remove(Clearable.RELEASE_DATE);
            return this;
        }

        /**
         * Removes the release date.
         *
         * @return this builder
         */
        public Builder clearReleaseDate() {
            return clear(Clearable.RELEASE_DATE);
        }

        /**
         * Sets {@code genre}.
         *
         * @param genre a new genre, or null
         * @return this builder
         */
        public Builder genre(String genre) {
            this.genre = genre;
            cleared.remove(Clearable.GENRE);
            return this;
        }

        /**
         * Removes the genre.
         *
         * @return this builder
         */
        public Builder clearGenre() {
            return clear(Clearable.GENRE);
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

        private Builder clear(Clearable field) {
            cleared.add(field);
            switch (field) {
                case UPC -> upc = null;
                case LABEL -> label = null;
                case RELEASE_DATE -> releaseDate = null;
                case GENRE -> genre = null;
                default -> throw new IllegalStateException("unknown field " + field);
            }
            return this;
        }

        /**
         * Sets {@code pLine}.
         *
         * @param pLine the ℗ line (year and owner), which every track carries too, or null
         * @return this builder
         */
        public Builder pLine(CopyrightLine pLine) {
            this.pLine = pLine;
            return this;
        }

        /**
         * Sets {@code cLine}.
         *
         * @param cLine the © line (year and owner), or null
         * @return this builder
         */
        public Builder cLine(CopyrightLine cLine) {
            this.cLine = cLine;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ReleaseUpdateParams}
         * @throws IllegalArgumentException when both {@code artistId} and {@code artistName} are set
         */
        public ReleaseUpdateParams build() {
            return new ReleaseUpdateParams(title, artistId, artistName, upc, label, releaseDate, genre, territories,
                    cleared, pLine, cLine);
        }
    }
}
