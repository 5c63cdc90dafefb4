package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.LiveEventStatus;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What {@code liveEvents().create(..)} takes, and what {@code liveEvents().replace(..)} puts in place of every field
 * (there, what is null is cleared, and a null status is {@code SCHEDULED}).
 * Build it with {@link #builder()}; {@code title}, {@code date} and {@code location} are required (a
 * {@link NullPointerException} otherwise).
 *
 * @param title       the title, at most 200 characters
 * @param description a description (lines allowed, at most 5000 characters), or null
 * @param date        when it starts, with the offset of where it happens (kept to the second)
 * @param location    the venue and town, at most 300 characters
 * @param capacity    how many people it holds, 1 to 10,000,000, or null
 * @param organizer   who puts it on, or null
 * @param status      the status, or null for {@code SCHEDULED}
 */
public record LiveEventCreateParams(String title, String description, OffsetDateTime date, String location,
                                    Integer capacity, String organizer, LiveEventStatus status) {
    /**
     * Checks the required fields.
     *
     * @param title       the title
     * @param description a description, or null
     * @param date        when it starts
     * @param location    the venue and town
     * @param capacity    how many people it holds, or null
     * @param organizer   who puts it on, or null
     * @param status      the status, or null for {@code SCHEDULED}
     * @throws NullPointerException     when a required field is missing
     * @throws IllegalArgumentException when the status is {@link LiveEventStatus#UNKNOWN}
     */
    public LiveEventCreateParams {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(location, "location is required");
        ApiEnum.requireKnown(status, "status");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiveEventCreateParams}. */
    public static final class Builder {
        private String title;
        private String description;
        private OffsetDateTime date;
        private String location;
        private Integer capacity;
        private String organizer;
        private LiveEventStatus status;

        private Builder() {
        }

        /**
         * Sets {@code title}.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a description, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code date}.
         *
         * @param date when it starts, with the offset of where it happens
         * @return this builder
         */
        public Builder date(OffsetDateTime date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@code location}.
         *
         * @param location the venue and town
         * @return this builder
         */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /**
         * Sets {@code capacity}.
         *
         * @param capacity how many people it holds, or null
         * @return this builder
         */
        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * Sets {@code organizer}.
         *
         * @param organizer who puts it on, or null
         * @return this builder
         */
        public Builder organizer(String organizer) {
            this.organizer = organizer;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status the status, or null for {@code SCHEDULED}
         * @return this builder
         */
        public Builder status(LiveEventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link LiveEventCreateParams}
         * @throws NullPointerException when a required field is missing
         */
        public LiveEventCreateParams build() {
            return new LiveEventCreateParams(title, description, date, location, capacity, organizer, status);
        }
    }
}
