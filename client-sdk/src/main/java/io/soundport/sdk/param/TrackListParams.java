package io.soundport.sdk.param;

/**
 * Which tracks {@code tracks().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param q         a part of the title, or null
 * @param releaseId one release's tracks, or null
 * @param isrc      the tracks with this ISRC (with or without hyphens, in any case), or null
 * @param limit     items per page, 1 to 100; 20 when null
 * @param cursor    the {@code nextCursor()} of the previous page, or null
 */
public record TrackListParams(String q, String releaseId, String isrc, Integer limit, String cursor) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrackListParams}. */
    public static final class Builder {
        private String q;
        private String releaseId;
        private String isrc;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code q}.
         *
         * @param q a part of the title, or null
         * @return this builder
         */
        public Builder q(String q) {
            this.q = q;
            return this;
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId one release's tracks, or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code isrc}.
         *
         * @param isrc the tracks with this ISRC (with or without hyphens, in any case), or null
         * @return this builder
         */
        public Builder isrc(String isrc) {
            this.isrc = isrc;
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
         * @return a new {@link TrackListParams}
         */
        public TrackListParams build() {
            return new TrackListParams(q, releaseId, isrc, limit, cursor);
        }
    }
}
