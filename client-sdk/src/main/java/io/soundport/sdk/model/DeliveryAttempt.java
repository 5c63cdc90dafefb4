package io.soundport.sdk.model;

import java.time.Instant;

/**
 * One try to hand a delivery's package to its partner.
 *
 * @param number           1 for the first attempt, counting on through retries
 * @param at               when it started
 * @param succeeded        whether the partner took the package
 * @param error            what went wrong (such as {@code HTTP 500} or a time-out), or null when it succeeded
 * @param partnerReference the partner's reference for the package, or null
 * @param durationMs       how long it took, in milliseconds
 */
public record DeliveryAttempt(int number, Instant at, boolean succeeded, String error, String partnerReference,
                              long durationMs) {
}
