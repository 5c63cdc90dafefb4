package io.soundport.domain.distribution;

/** What a delivery carries: the release itself, or the request to take it down. */
public enum DeliveryKind {
    DELIVERY, TAKEDOWN
}
