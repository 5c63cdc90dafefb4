package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A search of Spotify's catalog through {@code spotify().search(..)}. Build it with {@link #builder(String)}.
 *
 * @param query  the words to look for, in Spotify's syntax (filters such as {@code artist:Muse year:2006} included);
 *               at most 500 characters
 * @param types  what to look for, a page of each; tracks only when null
 * @param limit  hits per page of each type, 1 to 50; 20 when null
 * @param offset hits to skip, 0 to 1000; 0 when null
 * @param market an ISO 3166-1 alpha-2 country, in capitals: only what plays there; null for any
 */
public record SpotifySearchParams(String query, Set<SpotifySearchType> types, Integer limit, Integer offset,
                                  String market) {
    private static final int MAX_QUERY = 500;

    /**
     * Refuses a search the server would refuse; the types are kept in the order track, artist, album, and the market
     * in capitals.
     *
     * @param query  the words to look for
     * @param types  what to look for; tracks only when null
     * @param limit  hits per page of each type, 1 to 50; 20 when null
     * @param offset hits to skip, 0 to 1000; 0 when null
     * @param market an ISO 3166-1 alpha-2 country; null or blank for any
     * @throws NullPointerException     when the query is null
     * @throws IllegalArgumentException when the query is blank or longer than 500 characters, the types are empty or
     *                                  one is {@code UNKNOWN}, the limit or the offset is out of its range, or the
     *                                  market is no country
     */
    public SpotifySearchParams {
        Objects.requireNonNull(query, "query is required");
        if (query.isBlank() || query.strip().length() > MAX_QUERY) {
            throw new IllegalArgumentException("query must be 1 to " + MAX_QUERY + " characters, not blank");
        }
        if (types != null) {
            if (types.isEmpty()) {
                throw new IllegalArgumentException("types must name at least one type, or be null for tracks");
            }
            types.forEach(type -> ApiEnum.requireKnown(Objects.requireNonNull(type, "types must not hold null"),
                    "types"));
            types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        }
        SpotifyBounds.check(limit, offset, SpotifyBounds.MAX_SEARCH_OFFSET);
        market = SpotifyBounds.market(market);
    }

    /**
     * A builder of a search for these words: the first 20 tracks.
     *
     * @param query the words to look for
     * @return a new builder
     */
    public static Builder builder(String query) {
        return new Builder(query);
    }

    /**
     * A search for these words: the first 20 tracks.
     *
     * @param query the words to look for
     * @return the params
     * @throws NullPointerException     when the query is null
     * @throws IllegalArgumentException when the query is blank or longer than 500 characters
     */
    public static SpotifySearchParams of(String query) {
        return builder(query).build();
    }

    /** Builds a {@link SpotifySearchParams}. */
    public static final class Builder {
        private final String query;
        private Set<SpotifySearchType> types;
        private Integer limit;
        private Integer offset;
        private String market;

        private Builder(String query) {
            this.query = query;
        }

        /**
         * Sets {@code type}.
         *
         * @param types what to look for, at least one, such as {@link SpotifySearchType#ARTIST}
         * @return this builder
         */
        public Builder types(SpotifySearchType... types) {
            return types(Arrays.asList(types));
        }

        /**
         * Sets {@code type}.
         *
         * @param types what to look for, at least one; null for tracks only
         * @return this builder
         */
        public Builder types(Collection<SpotifySearchType> types) {
            this.types = types == null ? null : new LinkedHashSet<>(types);
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit hits per page of each type, 1 to 50; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param offset hits to skip, 0 to 1000; 0 when null
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets {@code market}.
         *
         * @param market an ISO 3166-1 alpha-2 country such as {@code SE}: only what plays there; null for any
         * @return this builder
         */
        public Builder market(String market) {
            this.market = market;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link SpotifySearchParams}
         * @throws NullPointerException     when the query is null
         * @throws IllegalArgumentException when a field is refused (see the record's constructor)
         */
        public SpotifySearchParams build() {
            return new SpotifySearchParams(query, types, limit, offset, market);
        }
    }
}
