package io.soundport.sdk.param;

/**
 * What {@code tracks().update(..)} changes; null fields are kept. The track's release must be DRAFT.
 * Build it with {@link #builder()}.
 *
 * @param title      a new title, or null
 * @param isrc       a new ISRC, or null
 * @param durationMs a new duration in milliseconds, or null
 * @param explicit   a new explicit flag, or null
 * @param position   a new position, or null
 * @param releaseId  another DRAFT release, or null
 * @param artistId   another artist, or null
 */
public record TrackUpdateParams(String title, String isrc, Long durationMs, Boolean explicit, Integer position,
                                String releaseId, String artistId) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrackUpdateParams}. */
    public static final class Builder {
        private String title;
        private String isrc;
        private Long durationMs;
        private Boolean explicit;
        private Integer position;
        private String releaseId;
        private String artistId;

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
         * Sets {@code isrc}.
         *
         * @param isrc a new ISRC, or null
         * @return this builder
         */
        public Builder isrc(String isrc) {
            this.isrc = isrc;
            return this;
        }

        /**
         * Sets {@code duration_ms}.
         *
         * @param durationMs a new duration in milliseconds, or null
         * @return this builder
         */
        public Builder durationMs(Long durationMs) {
            this.durationMs = durationMs;
            return this;
        }

        /**
         * Sets {@code explicit}.
         *
         * @param explicit a new explicit flag, or null
         * @return this builder
         */
        public Builder explicit(Boolean explicit) {
            this.explicit = explicit;
            return this;
        }

        /**
         * Sets {@code position}.
         *
         * @param position a new position, or null
         * @return this builder
         */
        public Builder position(Integer position) {
            this.position = position;
            return this;
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId another DRAFT release, or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code artist_id}.
         *
         * @param artistId another artist, or null
         * @return this builder
         */
        public Builder artistId(String artistId) {
            this.artistId = artistId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link TrackUpdateParams}
         */
        public TrackUpdateParams build() {
            return new TrackUpdateParams(title, isrc, durationMs, explicit, position, releaseId, artistId);
        }
    }
}
