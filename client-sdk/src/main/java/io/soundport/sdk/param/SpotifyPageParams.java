package io.soundport.sdk.param;

/**
 * Which page of the account's playlists {@code spotify().playlists(..)} returns: {@code limit} items from
 * {@code offset}. Build it with {@link #builder()}.
 *
 * @param limit  items per page, 1 to 50; 20 when null
 * @param offset items to skip, 0 to 100000; 0 when null
 */
public record SpotifyPageParams(Integer limit, Integer offset) {
    /**
     * Refuses a page the server would refuse.
     *
     * @param limit  items per page, 1 to 50; 20 when null
     * @param offset items to skip, 0 to 100000; 0 when null
     * @throws IllegalArgumentException when the limit or the offset is out of its range
     */
    public SpotifyPageParams {
        SpotifyBounds.check(limit, offset, SpotifyBounds.MAX_PAGE_OFFSET);
    }

    /**
     * A builder with every field unset: the first page of 20.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpotifyPageParams}. */
    public static final class Builder {
        private Integer limit;
        private Integer offset;

        private Builder() {
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit items per page, 1 to 50; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param offset items to skip, 0 to 100000; 0 when null
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link SpotifyPageParams}
         * @throws IllegalArgumentException when the limit or the offset is out of its range
         */
        public SpotifyPageParams build() {
            return new SpotifyPageParams(limit, offset);
        }
    }
}
