package io.soundport.sdk.param;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One stream event for {@code analytics().recordStreams(..)}: plays of a track (named by its id or by its ISRC) on a
 * store, in a country, at a moment, with what they earned when known. Build it with {@link #builder()}.
 *
 * @param eventId    your id of the event, 1 to 128 visible ASCII characters: sent again, it is not counted twice
 * @param trackId    a track of the catalog; null when {@code isrc} names it
 * @param isrc       the ISRC of a track of the catalog; null when {@code trackId} names it
 * @param partner    the store or service, such as {@code spotify} or {@code apple_music}
 * @param country    the listener's ISO 3166-1 alpha-2 country, {@code ZZ} when unknown
 * @param occurredAt when it happened; not in the future
 * @param count      plays, 1 to 1,000,000,000; 1 when null
 * @param revenue    what the plays earned; null when unknown
 */
public record StreamEventParams(String eventId, String trackId, String isrc, String partner, String country,
                                Instant occurredAt, Long count, Revenue revenue) {
    /**
     * Refuses what the server would refuse before sending.
     *
     * @param eventId    your id of the event
     * @param trackId    a track of the catalog, or null
     * @param isrc       the ISRC of a track of the catalog, or null
     * @param partner    the store
     * @param country    the listener's country
     * @param occurredAt when it happened
     * @param count      plays; 1 when null
     * @param revenue    what they earned, or null
     * @throws IllegalArgumentException without an event id, store, country or time, with both or neither of track id
     *                                  and ISRC, or with a count out of its range
     */
    public StreamEventParams {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((trackId == null) == (isrc == null)) {
            throw new IllegalArgumentException("name the track by trackId or by isrc, one of the two");
        }
        if (count != null && (count < 1 || count > 1_000_000_000L)) {
            throw new IllegalArgumentException("count must be between 1 and 1,000,000,000");
        }
    }

    /**
     * What plays earned: a decimal of the currency's major units, at most six decimals (a play earns a fraction of a
     * cent).
     *
     * @param amount   the amount, such as {@code new BigDecimal("0.0034")}
     * @param currency its ISO 4217 code, such as {@code USD}
     */
    public record Revenue(BigDecimal amount, String currency) {
        /**
         * Both are required.
         *
         * @param amount   major units, at most six decimals
         * @param currency ISO 4217
         * @throws NullPointerException when one is missing
         */
        public Revenue {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StreamEventParams}. */
    public static final class Builder {
        private String eventId;
        private String trackId;
        private String isrc;
        private String partner;
        private String country;
        private Instant occurredAt;
        private Long count;
        private Revenue revenue;

        private Builder() {
        }

        /**
         * Your id of the event.
         *
         * @param value 1 to 128 visible ASCII characters
         * @return this builder
         */
        public Builder eventId(String value) {
            eventId = value;
            return this;
        }

        /**
         * The track, by its id.
         *
         * @param value a track id ({@code trk_...})
         * @return this builder
         */
        public Builder trackId(String value) {
            trackId = value;
            return this;
        }

        /**
         * The track, by its ISRC.
         *
         * @param value an ISRC, with or without hyphens
         * @return this builder
         */
        public Builder isrc(String value) {
            isrc = value;
            return this;
        }

        /**
         * The store or service.
         *
         * @param value such as {@code spotify}
         * @return this builder
         */
        public Builder partner(String value) {
            partner = value;
            return this;
        }

        /**
         * The listener's country.
         *
         * @param value ISO 3166-1 alpha-2, {@code ZZ} when unknown
         * @return this builder
         */
        public Builder country(String value) {
            country = value;
            return this;
        }

        /**
         * When it happened.
         *
         * @param value the moment
         * @return this builder
         */
        public Builder occurredAt(Instant value) {
            occurredAt = value;
            return this;
        }

        /**
         * How many plays.
         *
         * @param value 1 to 1,000,000,000
         * @return this builder
         */
        public Builder count(long value) {
            count = value;
            return this;
        }

        /**
         * What they earned.
         *
         * @param amount   major units, at most six decimals
         * @param currency ISO 4217
         * @return this builder
         */
        public Builder revenue(BigDecimal amount, String currency) {
            revenue = new Revenue(amount, currency);
            return this;
        }

        /**
         * The event.
         *
         * @return the params
         * @throws IllegalArgumentException as {@link StreamEventParams} does
         */
        public StreamEventParams build() {
            return new StreamEventParams(eventId, trackId, isrc, partner, country, occurredAt, count, revenue);
        }
    }
}
