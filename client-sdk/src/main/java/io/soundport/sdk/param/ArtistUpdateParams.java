package io.soundport.sdk.param;

/**
 * What {@code artists().update(..)} changes; null fields are kept, {@code ""} clears an id.
 * Build it with {@link #builder()}.
 *
 * @param name          a new name, or null
 * @param musicbrainzId a MusicBrainz artist id, {@code ""} to clear, or null
 * @param spotifyId     a Spotify artist id, {@code ""} to clear, or null
 */
public record ArtistUpdateParams(String name, String musicbrainzId, String spotifyId) {
    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ArtistUpdateParams}. */
    public static final class Builder {
        private String name;
        private String musicbrainzId;
        private String spotifyId;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name a new name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code musicbrainz_id}.
         *
         * @param musicbrainzId a MusicBrainz artist id, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder musicbrainzId(String musicbrainzId) {
            this.musicbrainzId = musicbrainzId;
            return this;
        }

        /**
         * Sets {@code spotify_id}.
         *
         * @param spotifyId a Spotify artist id, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder spotifyId(String spotifyId) {
            this.spotifyId = spotifyId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ArtistUpdateParams}
         */
        public ArtistUpdateParams build() {
            return new ArtistUpdateParams(name, musicbrainzId, spotifyId);
        }
    }
}
