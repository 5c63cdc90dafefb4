package io.soundport.sdk.model;

import java.time.Instant;

/**
 * One try to deliver a webhook message.
 *
 * @param number     1 for the first attempt, counting on through retries and replays
 * @param at         when it was made
 * @param statusCode the receiver's HTTP status, or null when none came back (a timeout, a refused connection)
 * @param latencyMs  how long it took, in milliseconds
 * @param error      what went wrong, or null when the receiver answered 2xx
 */
public record WebhookAttempt(int number, Instant at, Integer statusCode, long latencyMs, String error) {
}
