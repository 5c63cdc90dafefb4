package io.soundport.sdk.model;

/**
 * A label a MusicBrainz release came out on.
 *
 * @param labelId       the label's MusicBrainz id, or null
 * @param name          the label's name, or null
 * @param catalogNumber the release's catalog number on that label, or null
 */
public record MusicBrainzLabel(String labelId, String name, String catalogNumber) {
}
