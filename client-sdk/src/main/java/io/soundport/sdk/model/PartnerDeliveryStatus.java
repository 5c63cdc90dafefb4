package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Where a release stands with one partner: its latest delivery there.
 *
 * @param partnerId        the partner
 * @param deliveryId       the latest delivery of the release to it
 * @param kindValue        the kind as sent; {@link #kind()} reads it as an enum
 * @param statusValue      the status as sent; {@link #status()} reads it as an enum
 * @param partnerReference the partner's reference, or null
 * @param updatedAt        when that delivery last changed
 */
public record PartnerDeliveryStatus(String partnerId, String deliveryId, @JsonProperty("kind") String kindValue,
                                    @JsonProperty("status") String statusValue, String partnerReference,
                                    Instant updatedAt) {
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
