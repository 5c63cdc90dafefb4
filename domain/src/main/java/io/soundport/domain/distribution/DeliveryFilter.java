package io.soundport.domain.distribution;

import io.soundport.domain.catalog.ReleaseId;

/** Filters of the delivery list; null means any. */
public record DeliveryFilter(ReleaseId releaseId, PartnerId partnerId, DeliveryStatus status) {
    public static final DeliveryFilter ALL = new DeliveryFilter(null, null, null);

    public boolean matches(Delivery delivery) {
        return (releaseId == null || releaseId.equals(delivery.releaseId()))
                && (partnerId == null || partnerId.equals(delivery.partnerId()))
                && (status == null || status == delivery.status());
    }
}
