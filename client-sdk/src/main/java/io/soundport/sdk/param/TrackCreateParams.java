package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code tracks().create(..)} takes: a track on a DRAFT release, or on its own.
 * Build it with {@link #builder()}; {@code title} and {@code durationMs} are required (a {@link NullPointerException} otherwise).
 *
 * @param title      the title
 * @param isrc       CC-XXX-YY-NNNNN, with or without hyphens, in any case; answered normalized
 *                   (upper case, no hyphens: {@code USRC17607839}); or null
 * @param durationMs 1000 to 86400000 milliseconds
 * @param explicit   false when null
 * @param position   1 to 999, or null
 * @param releaseId  the DRAFT release it belongs to, or null
 * @param artistId   its artist; the release's artist when null
 */
public record TrackCreateParams(String title, String isrc, Long durationMs, Boolean explicit, Integer position,
                                String releaseId, String artistId) {
    /**
     * Checks the required fields.
     *
     * @param title      the title
     * @param isrc       CC-XXX-YY-NNNNN, with or without hyphens, in any case; answered normalized
     *                   (upper case, no hyphens: {@code USRC17607839}); or null
     * @param durationMs 1000 to 86400000 milliseconds
     * @param explicit   false when null
     * @param position   1 to 999, or null
     * @param releaseId  the DRAFT release it belongs to, or null
     * @param artistId   its artist; the release's artist when null
     * @throws NullPointerException when a required field is missing
     */
    public TrackCreateParams {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(durationMs, "duration_ms is required");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrackCreateParams}. */
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
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code isrc}.
         *
         * @param isrc CC-XXX-YY-NNNNN, with or without hyphens, in any case; answered normalized (upper case,
         *             no hyphens); or null
         * @return this builder
         */
        public Builder isrc(String isrc) {
            this.isrc = isrc;
            return this;
        }

        /**
         * Sets {@code duration_ms}.
         *
         * @param durationMs 1000 to 86400000 milliseconds
         * @return this builder
         */
        public Builder durationMs(Long durationMs) {
            this.durationMs = durationMs;
            return this;
        }

        /**
         * Sets {@code explicit}.
         *
         * @param explicit false when null
         * @return this builder
         */
        public Builder explicit(Boolean explicit) {
            this.explicit = explicit;
            return this;
        }

        /**
         * Sets {@code position}.
         *
         * @param position 1 to 999, or null
         * @return this builder
         */
        public Builder position(Integer position) {
            this.position = position;
            return this;
        }

        /**
         * Sets {@code release_id}.
         *
         * @param releaseId the DRAFT release it belongs to, or null
         * @return this builder
         */
        public Builder releaseId(String releaseId) {
            this.releaseId = releaseId;
            return this;
        }

        /**
         * Sets {@code artist_id}.
         *
         * @param artistId its artist; the release's artist when null
         * @return this builder
         */
        public Builder artistId(String artistId) {
            this.artistId = artistId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link TrackCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public TrackCreateParams build() {
            return new TrackCreateParams(title, isrc, durationMs, explicit, position, releaseId, artistId);
        }
    }
}
