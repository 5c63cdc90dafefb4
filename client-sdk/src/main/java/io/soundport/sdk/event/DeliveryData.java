package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.DeliveryKind;
import io.soundport.sdk.model.DeliveryStatus;

/**
 * The delivery a {@code delivery.*} event is about. Not a {@link io.soundport.sdk.model.Delivery}: it names the
 * partner and counts the attempts; {@code deliveries().retrieve(id)} has each attempt.
 *
 * @param id               the delivery's id ({@code dlv_...})
 * @param releaseId        the release delivered
 * @param partnerId        the partner it goes to
 * @param partnerName      the partner's name
 * @param kindValue        the kind as sent; {@link #kind()} reads it as an enum
 * @param statusValue      the status as sent; {@link #status()} reads it as an enum
 * @param attempts         how many attempts were made so far
 * @param partnerReference the partner's reference for the package once delivered, or null
 * @param workflowDepth    how many workflow rules led to the event
 */
public record DeliveryData(String id, String releaseId, String partnerId, String partnerName,
                           @JsonProperty("kind") String kindValue, @JsonProperty("status") String statusValue,
                           int attempts, String partnerReference, int workflowDepth) implements EventData {
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
