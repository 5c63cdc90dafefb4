package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A recording, on a release or on its own.
 *
 * @param id         the track's id
 * @param releaseId  its release, or null
 * @param artistId   its artist, or null
 * @param title      the title
 * @param isrc       the ISRC (12 characters, no hyphens), or null
 * @param durationMs the duration in milliseconds
 * @param explicit   whether it has explicit content
 * @param position   its position on the release, or null
 * @param createdAt  when it was created
 * @param updatedAt  when it last changed
 * @param version    its version, for {@code If-Match}
 */
public record Track(String id, String releaseId, String artistId, String title, String isrc, long durationMs,
                    boolean explicit, Integer position, Instant createdAt, Instant updatedAt, long version) {
}
