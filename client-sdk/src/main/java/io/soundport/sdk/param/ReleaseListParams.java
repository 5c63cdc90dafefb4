package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.ReleaseStatus;

/**
 * Which releases {@code releases().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param status   one status, or null for all
 * @param artistId one artist's releases, or null
 * @param q        a part of the title, or null
 * @param limit    items per page, 1 to 100; 20 when null
 * @param cursor   the {@code nextCursor()} of the previous page, or null
 */
public record ReleaseListParams(ReleaseStatus status, String artistId, String q, Integer limit, String cursor) {
    /**
     * Refuses a status the server cannot filter by.
     *
     * @param status   one status, or null for all
     * @param artistId one artist's releases, or null
     * @param q        a part of the title, or null
     * @param limit    items per page, 1 to 100; 20 when null
     * @param cursor   the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the status is {@link ReleaseStatus#UNKNOWN}
     */
    public ReleaseListParams {
        ApiEnum.requireKnown(status, "status");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReleaseListParams}. */
    public static final class Builder {
        private ReleaseStatus status;
        private String artistId;
        private String q;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, or null for all
         * @return this builder
         */
        public Builder status(ReleaseStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code artist_id}.
         *
         * @param artistId one artist's releases, or null
         * @return this builder
         */
        public Builder artistId(String artistId) {
            this.artistId = artistId;
            return this;
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
         * @return a new {@link ReleaseListParams}
         */
        public ReleaseListParams build() {
            return new ReleaseListParams(status, artistId, q, limit, cursor);
        }
    }
}
