package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.NotificationStatus;

/**
 * Which notifications {@code notifications().list(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param status  one status, or null for all
 * @param channel one channel, or null for all
 * @param limit   items per page, 1 to 100; 20 when null
 * @param cursor  the {@code nextCursor()} of the previous page, or null
 */
public record NotificationListParams(NotificationStatus status, NotificationChannel channel, Integer limit,
                                     String cursor) {
    /**
     * Refuses a status or a channel the server cannot filter by.
     *
     * @param status  one status, or null for all
     * @param channel one channel, or null for all
     * @param limit   items per page, 1 to 100; 20 when null
     * @param cursor  the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the status or the channel is {@code UNKNOWN}
     */
    public NotificationListParams {
        ApiEnum.requireKnown(status, "status");
        ApiEnum.requireKnown(channel, "channel");
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NotificationListParams}. */
    public static final class Builder {
        private NotificationStatus status;
        private NotificationChannel channel;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /**
         * Sets {@code status}.
         *
         * @param status one status, such as {@link NotificationStatus#FAILED}, or null for all
         * @return this builder
         */
        public Builder status(NotificationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code channel}.
         *
         * @param channel one channel, such as {@link NotificationChannel#SMS}, or null for all
         * @return this builder
         */
        public Builder channel(NotificationChannel channel) {
            this.channel = channel;
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
         * @return a new {@link NotificationListParams}
         * @throws IllegalArgumentException when the status or the channel is {@code UNKNOWN}
         */
        public NotificationListParams build() {
            return new NotificationListParams(status, channel, limit, cursor);
        }
    }
}
