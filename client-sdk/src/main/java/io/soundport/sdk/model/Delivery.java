package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A release on its way to one partner (or a takedown of it), with every attempt.
 *
 * @param id               the delivery's id ({@code dlv_...}), also the message id of its DDEX ERN
 * @param releaseId        the release delivered
 * @param partnerId        the partner it goes to
 * @param kind             {@code DELIVERY} or {@code TAKEDOWN}
 * @param status           {@code QUEUED}, {@code IN_PROGRESS}, {@code RETRYING}, {@code DELIVERED} or {@code FAILED}
 *                         (after the last attempt)
 * @param attempts         every attempt so far, oldest first
 * @param partnerReference the partner's reference for the package once delivered (for HTTP partners the {@code id}
 *                         of their answer; for FILE partners the folder written), or null
 * @param nextAttemptAt    when the next attempt is due, or null when none is
 * @param createdAt        when it was queued
 * @param updatedAt        when it last changed
 * @param version          its version
 */
public record Delivery(String id, String releaseId, String partnerId, String kind, String status,
                       List<DeliveryAttempt> attempts, String partnerReference, Instant nextAttemptAt,
                       Instant createdAt, Instant updatedAt, long version) {
}
