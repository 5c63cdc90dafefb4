package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A release's cover as the server stored it, with its dimensions read from the file.
 *
 * @param releaseId   the release
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param size        the file's size in bytes
 * @param sha256      its SHA-256, lower-case hex
 * @param md5         its MD5, lower-case hex
 * @param codec       {@code JPEG} or {@code PNG}
 * @param width       pixels
 * @param height      pixels
 * @param uploadedAt  when it was stored
 */
public record ReleaseArtwork(String releaseId, String contentType, long size, String sha256, String md5, String codec,
                             int width, int height, Instant uploadedAt) {
}
