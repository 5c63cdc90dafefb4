package io.soundport.sdk.param;

/**
 * Which page of a list: {@code limit} (default 20, at most 100) and the {@code cursor} of the previous page.
 * Build it with {@link #builder()}.
 *
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null for the first
 */
public record ListParams(Integer limit, String cursor) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListParams}. */
    public static final class Builder {
        private Integer limit;
        private String cursor;

        private Builder() {
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
         * @param cursor the {@code nextCursor()} of the previous page, or null for the first
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ListParams}
         */
        public ListParams build() {
            return new ListParams(limit, cursor);
        }
    }
}
