package io.soundport.sdk.param;

import java.util.Objects;

/**
 * What {@code artists().create(..)} takes.
 * Build it with {@link #builder()}; {@code name} is required (a {@link NullPointerException} otherwise).
 *
 * @param name          the artist's name
 * @param musicbrainzId a MusicBrainz artist id (UUID), or null
 * @param spotifyId     a Spotify artist id (22 characters), or null
 */
public record ArtistCreateParams(String name, String musicbrainzId, String spotifyId) {
    /**
     * Checks the required fields.
     *
     * @param name          the artist's name
     * @param musicbrainzId a MusicBrainz artist id (UUID), or null
     * @param spotifyId     a Spotify artist id (22 characters), or null
     * @throws NullPointerException when a required field is missing
     */
    public ArtistCreateParams {
        Objects.requireNonNull(name, "name is required");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ArtistCreateParams}. */
    public static final class Builder {
        private String name;
        private String musicbrainzId;
        private String spotifyId;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the artist's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code musicbrainz_id}.
         *
         * @param musicbrainzId a MusicBrainz artist id (UUID), or null
         * @return this builder
         */
        public Builder musicbrainzId(String musicbrainzId) {
            this.musicbrainzId = musicbrainzId;
            return this;
        }

        /**
         * Sets {@code spotify_id}.
         *
         * @param spotifyId a Spotify artist id (22 characters), or null
         * @return this builder
         */
        public Builder spotifyId(String spotifyId) {
            this.spotifyId = spotifyId;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ArtistCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public ArtistCreateParams build() {
            return new ArtistCreateParams(name, musicbrainzId, spotifyId);
        }
    }
}
