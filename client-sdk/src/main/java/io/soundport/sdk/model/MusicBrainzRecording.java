package io.soundport.sdk.model;

import java.util.List;

/**
 * A recording (one distinct sound, which many releases may carry) as MusicBrainz knows it.
 *
 * @param id             the MusicBrainz id
 * @param title          the title
 * @param lengthMs       its length in milliseconds, or null
 * @param disambiguation what tells it from others of the same title, or null
 * @param artistName     the credits as one line
 * @param artists        the credits
 * @param isrcs          the ISRCs registered for it
 * @param releases       the releases it appears on
 * @param score          how well a search hit matches, 0 to 100; null for a lookup
 */
public record MusicBrainzRecording(String id, String title, Long lengthMs, String disambiguation, String artistName,
                                   List<MusicBrainzArtistCredit> artists, List<String> isrcs,
                                   List<MusicBrainzReleaseReference> releases, Integer score) {
}
