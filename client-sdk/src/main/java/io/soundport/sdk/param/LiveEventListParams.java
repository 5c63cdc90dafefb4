package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.LiveEventStatus;

import java.time.OffsetDateTime;

/**
 * Which live events {@code liveEvents().list(..)} returns, soonest first (by date, then id).
 * Build it with {@link #builder()}.
 *
 * @param status one status, or null for all
 * @param from   only events on or after this instant, or null
 * @param to     only events before this instant, or null
 * @param limit  items per page, 1 to 100; 20 when null
 * @param cursor the {@code nextCursor()} of the previous page, or null
 */
public record LiveEventListParams(LiveEventStatus status, OffsetDateTime from, OffsetDateTime to, Integer limit,
                                  String cursor) {
    /**
     * Refuses a status the server cannot filter by.
     *
     * @param status one status, or null for all
     * @param from   only events on or after this instant, or null
     * @param to     only events before this instant, or null
     * @param limit  items per page, 1 to 100; 20 when null
     * @param cursor the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the status is {@link LiveEventStatus#UNKNOWN}
     */
    public LiveEventListParams {
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

    /** Builds a {@link LiveEventListParams}. */
    public static final class Builder {
        private LiveEventStatus status;
        private OffsetDateTime from;
        private OffsetDateTime to;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, or null for all
         * @return this builder
         */
        public Builder status(LiveEventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code from}.
         *
         * @param from only events on or after this instant, or null
         * @return this builder
         */
        public Builder from(OffsetDateTime from) {
            this.from = from;
            return this;
        }

        /**
         * Sets {@code to}.
         *
         * @param to only events before this instant, or null
         * @return this builder
         */
        public Builder to(OffsetDateTime to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit items per page, 1 to 100; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}.
         *
         * @param cursor the {@code nextCursor()} of the previous page, or null
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link LiveEventListParams}
         */
        public LiveEventListParams build() {
            return new LiveEventListParams(status, from, to, limit, cursor);
        }
    }
}
