package io.soundport.sdk.param;

/**
 * Which artists {@code artists().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param q      a part of the name, or null
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 */
public record ArtistListParams(String q, Integer limit, String cursor) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ArtistListParams}. */
    public static final class Builder {
        private String q;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code q}.
         *
         * @param q a part of the name, or null
         * @return this builder
         */
        public Builder q(String q) {
            this.q = q;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit items per page, 1 to 100; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}.
         *
         * @param cursor the {@code nextCursor()} of the previous page, or null
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ArtistListParams}
         */
        public ArtistListParams build() {
            return new ArtistListParams(q, limit, cursor);
        }
    }
}
