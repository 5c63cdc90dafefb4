package io.soundport.sdk.model;

/**
 * What a batch of stream events did.
 *
 * @param received   events in the batch
 * @param recorded   events counted now
 * @param duplicates events counted before (their event id was known, or repeated in the batch), not counted again
 */
public record RecordedStreams(int received, int recorded, int duplicates) {
}
