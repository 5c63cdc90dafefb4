package io.soundport.sdk.model;

import java.time.Instant;

/**
 * One minute's streams.
 *
 * @param start   when the minute starts
 * @param streams plays counted in it
 */
public record StreamsMinute(Instant start, long streams) {
}
