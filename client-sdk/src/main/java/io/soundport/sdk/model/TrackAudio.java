package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A track's audio file as the server stored it, with what it read from the file itself.
 *
 * @param trackId     the track
 * @param contentType {@code audio/wav} or {@code audio/flac}
 * @param size        the file's size in bytes
 * @param sha256      its SHA-256, lower-case hex
 * @param md5         its MD5, lower-case hex (what DSPs check in a DDEX message)
 * @param codec       {@code PCM} (WAV) or {@code FLAC}
 * @param sampleRate  samples per second
 * @param bitDepth    bits per sample
 * @param channels    channels
 * @param durationMs  its length in milliseconds
 * @param uploadedAt  when it was stored
 * @param warnings    what a DSP may object to (an empty list when nothing)
 */
public record TrackAudio(String trackId, String contentType, long size, String sha256, String md5, String codec,
                         int sampleRate, int bitDepth, int channels, long durationMs, Instant uploadedAt,
                         List<MediaWarning> warnings) {
}
