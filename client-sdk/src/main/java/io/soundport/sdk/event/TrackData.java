package io.soundport.sdk.event;

/**
 * The track a {@code track.*} event is about, as it is after the change (for {@code track.deleted}, as it was).
 *
 * @param id            the track's id ({@code trk_...})
 * @param title         the title
 * @param releaseId     its release, or null
 * @param isrc          the ISRC without hyphens, or null
 * @param durationMs    its length in milliseconds
 * @param explicit      whether it is explicit
 * @param position      its position on the release, or null
 * @param workflowDepth how many workflow rules led to the event
 */
public record TrackData(String id, String title, String releaseId, String isrc, long durationMs, boolean explicit,
                        Integer position, int workflowDepth) implements EventData {
}
