package io.soundport.application.catalog;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.shared.Validation;

/**
 * A new artist of the caller's catalog; the external ids are optional (null when absent). Build it with
 * {@link #of}, which checks every field.
 */
public record CreateArtistCommand(String name, String musicbrainzId, String spotifyId) {
    public static final int MAX_NAME = 300;

    public CreateArtistCommand {
        name = Validation.requireText(name, "name", MAX_NAME);
        musicbrainzId = Artist.checkMusicbrainzId(musicbrainzId);
        spotifyId = Artist.checkSpotifyId(spotifyId);
    }

    public static CreateArtistCommand of(String name, String musicbrainzId, String spotifyId) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", MAX_NAME));
        String mb = v.field("musicbrainzId", () -> Artist.checkMusicbrainzId(musicbrainzId));
        String sp = v.field("spotifyId", () -> Artist.checkSpotifyId(spotifyId));
        v.throwIfInvalid();
        return new CreateArtistCommand(n, mb, sp);
    }
}
