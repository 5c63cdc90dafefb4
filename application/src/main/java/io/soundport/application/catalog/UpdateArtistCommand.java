package io.soundport.application.catalog;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A change of an artist: a null field is kept; an empty external id ({@code ""}) clears it. Carries the version
 * the caller last saw ({@code expectedVersion}, null to skip the check). Build it with {@link #of}, which checks
 * every field.
 */
public record UpdateArtistCommand(ArtistId id, String name, String musicbrainzId, String spotifyId,
                                  Long expectedVersion) {
    /** The value of an external id that clears it. */
    public static final String CLEAR = "";

    public UpdateArtistCommand {
        Objects.requireNonNull(id, "id");
        name = name == null ? null : Validation.requireText(name, "name", CreateArtistCommand.MAX_NAME);
        musicbrainzId = musicbrainzId == null || musicbrainzId.isEmpty() ? musicbrainzId
                : Artist.checkMusicbrainzId(musicbrainzId);
        spotifyId = spotifyId == null || spotifyId.isEmpty() ? spotifyId : Artist.checkSpotifyId(spotifyId);
    }

    public static UpdateArtistCommand of(ArtistId id, String name, String musicbrainzId, String spotifyId,
                                         Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null
                : v.field("name", () -> Validation.requireText(name, "name", CreateArtistCommand.MAX_NAME));
        String mb = musicbrainzId == null ? null
                : v.field("musicbrainzId", () -> orClear(Artist.checkMusicbrainzId(musicbrainzId)));
        String sp = spotifyId == null ? null
                : v.field("spotifyId", () -> orClear(Artist.checkSpotifyId(spotifyId)));
        v.throwIfInvalid();
        return new UpdateArtistCommand(id, n, mb, sp, expectedVersion);
    }

    /** The new value of an external id, given the current one: kept when null, cleared when empty. */
    static String applied(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isEmpty() ? null : change;
    }

    /** A blank id checks to null, which in a change means "clear". */
    private static String orClear(String checked) {
        return checked == null ? CLEAR : checked;
    }
}
