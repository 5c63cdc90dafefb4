package io.soundport.sdk.param;

import io.soundport.sdk.model.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One event for the Conversions API.
 *
 * @param eventName    {@code Purchase}, {@code Lead}, or a name of yours
 * @param eventTime    when it happened, in seconds since 1970-01-01T00:00:00Z, within the last 7 days
 * @param eventId      the id the pixel sends for the same event, so that Meta counts it once
 * @param actionSource {@code website}, {@code app}, {@code email}, {@code phone_call}, {@code chat},
 *                     {@code physical_store}, {@code system_generated}, {@code business_messaging} or {@code other}
 * @param userData     who converted
 * @param customData   what it was worth, or null
 */
public record MetaConversionEvent(String eventName, long eventTime, String eventId, String actionSource,
                                  MetaUserData userData, CustomData customData) {
    /**
     * Checks the required fields.
     *
     * @param eventName    the event's name
     * @param eventTime    seconds since the epoch
     * @param eventId      the deduplication id
     * @param actionSource where it happened
     * @param userData     who converted
     * @param customData   its value, or null
     * @throws NullPointerException when a required field is missing
     */
    public MetaConversionEvent {
        Objects.requireNonNull(eventName, "eventName is required");
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(actionSource, "actionSource is required");
        Objects.requireNonNull(userData, "userData is required");
    }

    /**
     * An event worth nothing in particular.
     *
     * @param eventName    the event's name
     * @param at           when it happened
     * @param eventId      the deduplication id
     * @param actionSource where it happened
     * @param userData     who converted
     * @return the event
     */
    public static MetaConversionEvent of(String eventName, Instant at, String eventId, String actionSource,
                                         MetaUserData userData) {
        return new MetaConversionEvent(eventName, at.getEpochSecond(), eventId, actionSource, userData, null);
    }

    /**
     * This event, worth {@code value}.
     *
     * @param value what it brought
     * @return a new event
     */
    public MetaConversionEvent worth(Money value) {
        return new MetaConversionEvent(eventName, eventTime, eventId, actionSource, userData, new CustomData(value));
    }

    /**
     * What a conversion was worth ({@code custom_data}).
     *
     * @param value the amount
     */
    public record CustomData(Money value) {
    }
}
