package io.soundport.sdk.model;

import java.time.Instant;

/**
 * Where a release stands with one partner: its latest delivery there.
 *
 * @param partnerId        the partner
 * @param deliveryId       the latest delivery of the release to it
 * @param kind             {@code DELIVERY} or {@code TAKEDOWN}
 * @param status           that delivery's status, such as {@code DELIVERED}
 * @param partnerReference the partner's reference, or null
 * @param updatedAt        when that delivery last changed
 */
public record PartnerDeliveryStatus(String partnerId, String deliveryId, String kind, String status,
                                    String partnerReference, Instant updatedAt) {
}
