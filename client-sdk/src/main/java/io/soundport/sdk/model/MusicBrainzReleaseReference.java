package io.soundport.sdk.model;

/**
 * A release a MusicBrainz recording appears on.
 *
 * @param id    the release's MusicBrainz id
 * @param title its title, or null
 * @param date  its date as precise as MusicBrainz knows it, or null
 */
public record MusicBrainzReleaseReference(String id, String title, String date) {
}
