package io.soundport.sdk.exception;

/**
 * What is wrong with one field of a request, as the API reports it in {@code error.details}.
 *
 * @param field   the field in snake_case as sent, such as {@code upc} or {@code tracks[0].isrc}
 * @param message why it was refused
 */
public record ErrorDetail(String field, String message) {
}
