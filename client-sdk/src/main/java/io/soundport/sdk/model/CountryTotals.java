package io.soundport.sdk.model;

/**
 * A country's streams.
 *
 * @param country ISO 3166-1 alpha-2 code, {@code ZZ} when the store did not say
 * @param totals  its streams and revenue
 */
public record CountryTotals(String country, StreamTotals totals) {
}
