package io.soundport.sdk.model;

/**
 * A store's (partner's) streams.
 *
 * @param partner the store, such as {@code spotify}
 * @param totals  its streams and revenue
 */
public record PartnerTotals(String partner, StreamTotals totals) {
}
