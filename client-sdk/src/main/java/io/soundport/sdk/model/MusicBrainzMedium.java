package io.soundport.sdk.model;

import java.util.List;

/**
 * A disc, side or set of files of a MusicBrainz release.
 *
 * @param position   its place in the release, from 1
 * @param format     CD, Digital Media, 12" Vinyl..., or null
 * @param trackCount how many tracks it has
 * @param tracks     its tracks in a lookup; empty in a search hit
 */
public record MusicBrainzMedium(int position, String format, int trackCount, List<MusicBrainzTrack> tracks) {
}
