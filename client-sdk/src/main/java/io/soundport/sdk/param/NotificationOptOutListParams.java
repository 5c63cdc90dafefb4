package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.NotificationChannel;

/**
 * Which opt-outs {@code notifications().listOptOuts(..)} returns, newest first.
 * Build it with {@link #builder()}.
 *
 * @param channel one channel, or null for all
 * @param limit   items per page, 1 to 100; 20 when null
 * @param cursor  the {@code nextCursor()} of the previous page, or null
 */
public record NotificationOptOutListParams(NotificationChannel channel, Integer limit, String cursor) {
    /**
     * Refuses a channel the server cannot filter by.
     *
     * @param channel one channel, or null for all
     * @param limit   items per page, 1 to 100; 20 when null
     * @param cursor  the {@code nextCursor()} of the previous page, or null
     * @throws IllegalArgumentException when the channel is {@code UNKNOWN}
     */
    public NotificationOptOutListParams {
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

    /** Builds a {@link NotificationOptOutListParams}. */
    public static final class Builder {
        private NotificationChannel channel;
        private Integer limit;
        private String cursor;

        private Builder() {
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
         * @return a new {@link NotificationOptOutListParams}
         * @throws IllegalArgumentException when the channel is {@code UNKNOWN}
         */
        public NotificationOptOutListParams build() {
            return new NotificationOptOutListParams(channel, limit, cursor);
        }
    }
}
