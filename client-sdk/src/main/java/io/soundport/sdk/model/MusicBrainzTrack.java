package io.soundport.sdk.model;

import java.util.List;

/**
 * A track of a MusicBrainz medium.
 *
 * @param position    its place on the medium, from 1
 * @param number      the number as printed ({@code "3"}, {@code "A1"}), or null
 * @param title       the title on this release
 * @param lengthMs    its length in milliseconds, or null where unknown
 * @param recordingId the MusicBrainz id of the recording it is
 * @param isrcs       the ISRCs of that recording
 */
public record MusicBrainzTrack(int position, String number, String title, Long lengthMs, String recordingId,
                               List<String> isrcs) {
}
