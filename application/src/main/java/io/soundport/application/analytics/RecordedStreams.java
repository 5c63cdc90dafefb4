package io.soundport.application.analytics;

/**
 * What a batch of stream events did: {@code received} events, {@code recorded} counted now, {@code duplicates}
 * counted before (their event id was known, or repeated in the batch).
 */
public record RecordedStreams(int received, int recorded, int duplicates) {
}
