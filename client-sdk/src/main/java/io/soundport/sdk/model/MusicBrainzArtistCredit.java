package io.soundport.sdk.model;

/**
 * An artist as credited on a MusicBrainz release, track or recording.
 *
 * @param artistId   the MusicBrainz artist id, or null
 * @param name       the name as credited (it may differ from the artist's own)
 * @param joinPhrase what joins this credit to the next ({@code " & "}, {@code " feat. "}); empty for the last
 */
public record MusicBrainzArtistCredit(String artistId, String name, String joinPhrase) {
}
