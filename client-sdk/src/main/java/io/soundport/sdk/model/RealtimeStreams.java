package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A track's streams per minute over the last hour.
 *
 * @param trackId the track
 * @param asOf    the server's time of the answer
 * @param total   the streams of the sixty minutes
 * @param minutes sixty minutes, oldest first, the current (unfinished) one last
 */
public record RealtimeStreams(String trackId, Instant asOf, long total, List<StreamsMinute> minutes) {
}
