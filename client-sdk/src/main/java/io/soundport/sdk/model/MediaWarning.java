package io.soundport.sdk.model;

/**
 * Something about a stored file that a DSP may refuse, reported without refusing the file.
 *
 * @param code    {@code DURATION_MISMATCH}: the audio lasts more than a second longer or shorter than its track's
 *                {@code durationMs}; other codes may come
 * @param message what is wrong, for people
 */
public record MediaWarning(String code, String message) {
}
