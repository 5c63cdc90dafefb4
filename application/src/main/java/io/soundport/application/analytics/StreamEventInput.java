package io.soundport.application.analytics;

import java.math.BigDecimal;

/**
 * One stream event as sent, before it is checked: the sender's {@code eventId}; the track by {@code trackId} or by
 * {@code isrc}; the store ({@code partner}), the listener's {@code country}, when it happened ({@code occurredAt},
 * ISO-8601 with an offset); how many plays ({@code count}, 1 when null); what they earned ({@code revenueAmount} in
 * major units with its {@code revenueCurrency}, both null when unknown).
 */
public record StreamEventInput(String eventId, String trackId, String isrc, String partner, String country,
                               String occurredAt, Long count, BigDecimal revenueAmount, String revenueCurrency) {
}
