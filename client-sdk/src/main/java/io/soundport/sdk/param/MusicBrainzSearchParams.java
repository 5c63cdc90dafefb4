package io.soundport.sdk.param;

/**
 * A search of MusicBrainz through {@code musicbrainz().searchArtists(..)} and the like. Build it with
 * {@link #builder(String)}.
 *
 * @param query  MusicBrainz's search syntax (Lucene): words, or fields such as
 *               {@code artist:"Giant Sand" AND release:Tucson}
 * @param limit  hits per page, 1 to 100; 25 when null
 * @param offset hits to skip, at most 10000; 0 when null
 */
public record MusicBrainzSearchParams(String query, Integer limit, Integer offset) {
    /**
     * A builder of a search for this query, from the first hit.
     *
     * @param query the query
     * @return a new builder
     */
    public static Builder builder(String query) {
        return new Builder(query);
    }

    /**
     * A search for this query: the first 25 hits.
     *
     * @param query the query
     * @return the params
     */
    public static MusicBrainzSearchParams of(String query) {
        return builder(query).build();
    }

    /** Builds a {@link MusicBrainzSearchParams}. */
    public static final class Builder {
        private final String query;
        private Integer limit;
        private Integer offset;

        private Builder(String query) {
            this.query = query;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit hits per page, 1 to 100; 25 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param offset hits to skip; 0 when null
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link MusicBrainzSearchParams}
         */
        public MusicBrainzSearchParams build() {
            return new MusicBrainzSearchParams(query, limit, offset);
        }
    }
}
