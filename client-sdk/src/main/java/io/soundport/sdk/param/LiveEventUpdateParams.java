package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.LiveEventStatus;

import java.time.OffsetDateTime;

/**
 * What {@code liveEvents().update(..)} changes; null fields are kept, {@code ""} clears the description or the
 * organizer. Build it with {@link #builder()}.
 *
 * @param title       a new title, or null
 * @param description a new description, {@code ""} to clear, or null
 * @param date        a new date, or null
 * @param location    a new location, or null
 * @param capacity    a new capacity, 1 to 10,000,000, or null
 * @param organizer   a new organizer, {@code ""} to clear, or null
 * @param status      a new status, or null
 */
public record LiveEventUpdateParams(String title, String description, OffsetDateTime date, String location,
                                    Integer capacity, String organizer, LiveEventStatus status) {
    /**
     * Refuses a status the server does not take.
     *
     * @param title       a new title, or null
     * @param description a new description, {@code ""} to clear, or null
     * @param date        a new date, or null
     * @param location    a new location, or null
     * @param capacity    a new capacity, or null
     * @param organizer   a new organizer, {@code ""} to clear, or null
     * @param status      a new status, or null
     * @throws IllegalArgumentException when the status is {@link LiveEventStatus#UNKNOWN}
     */
    public LiveEventUpdateParams {
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

    /** Builds a {@link LiveEventUpdateParams}. */
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
         * @param title a new title, or null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a new description, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code date}.
         *
         * @param date a new date, or null
         * @return this builder
         */
        public Builder date(OffsetDateTime date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@code location}.
         *
         * @param location a new location, or null
         * @return this builder
         */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /**
         * Sets {@code capacity}.
         *
         * @param capacity a new capacity, or null
         * @return this builder
         */
        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * Sets {@code organizer}.
         *
         * @param organizer a new organizer, {@code ""} to clear, or null
         * @return this builder
         */
        public Builder organizer(String organizer) {
            this.organizer = organizer;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status a new status, or null
         * @return this builder
         */
        public Builder status(LiveEventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link LiveEventUpdateParams}
         */
        public LiveEventUpdateParams build() {
            return new LiveEventUpdateParams(title, description, date, location, capacity, organizer, status);
        }
    }
}
