package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A release on its way to one partner (or a takedown of it), with every attempt.
 *
 * @param id               the delivery's id ({@code dlv_...}), also the message id of its DDEX ERN
 * @param releaseId        the release delivered
 * @param partnerId        the partner it goes to
 * @param kindValue        the kind as sent; {@link #kind()} reads it as an enum
 * @param statusValue      the status as sent; {@link #status()} reads it as an enum
 * @param attempts         every attempt so far, oldest first
 * @param partnerReference the partner's reference for the package once delivered (for HTTP partners the {@code id}
 *                         of their answer; for FILE partners the folder written), or null
 * @param nextAttemptAt    when the next attempt is due, or null when none is
 * @param createdAt        when it was queued
 * @param updatedAt        when it last changed
 * @param version          its version
 */
public record Delivery(String id, String releaseId, String partnerId, @JsonProperty("kind") String kindValue,
                       @JsonProperty("status") String statusValue, List<DeliveryAttempt> attempts,
                       String partnerReference, Instant nextAttemptAt, Instant createdAt, Instant updatedAt,
                       long version) {
    /**
     * What the delivery carries.
     *
     * @return the kind, {@link DeliveryKind#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #kindValue()})
     */
    public DeliveryKind kind() {
        return DeliveryKind.fromValue(kindValue);
    }

    /**
     * Where the delivery is.
     *
     * @return the status, {@link DeliveryStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public DeliveryStatus status() {
        return DeliveryStatus.fromValue(statusValue);
    }
}
