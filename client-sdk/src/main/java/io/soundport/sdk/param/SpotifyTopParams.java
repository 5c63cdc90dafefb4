package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/**
 * Which of the account's top tracks or artists {@code spotify().topTracks(..)} and {@code topArtists(..)} return: over
 * which time range, {@code limit} items from {@code offset}. Build it with {@link #builder()}.
 *
 * @param timeRange over how long they are reckoned; {@link SpotifyTimeRange#MEDIUM_TERM} when null
 * @param limit     items per page, 1 to 50; 20 when null
 * @param offset    items to skip, 0 to 100000; 0 when null
 */
public record SpotifyTopParams(SpotifyTimeRange timeRange, Integer limit, Integer offset) {
    /**
     * Refuses a range or a page the server would refuse.
     *
     * @param timeRange over how long they are reckoned; {@link SpotifyTimeRange#MEDIUM_TERM} when null
     * @param limit     items per page, 1 to 50; 20 when null
     * @param offset    items to skip, 0 to 100000; 0 when null
     * @throws IllegalArgumentException when the time range is {@code UNKNOWN}, or the limit or the offset is out of
     *                                  its range
     */
    public SpotifyTopParams {
        ApiEnum.requireKnown(timeRange, "timeRange");
        SpotifyBounds.check(limit, offset, SpotifyBounds.MAX_PAGE_OFFSET);
    }

    /**
     * A builder with every field unset: the first 20 of about the last six months.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpotifyTopParams}. */
    public static final class Builder {
        private SpotifyTimeRange timeRange;
        private Integer limit;
        private Integer offset;

        private Builder() {
        }

        /**
         * Sets {@code time_range}.
         *
         * @param timeRange over how long they are reckoned, such as {@link SpotifyTimeRange#SHORT_TERM};
         *                  {@link SpotifyTimeRange#MEDIUM_TERM} when null
         * @return this builder
         */
        public Builder timeRange(SpotifyTimeRange timeRange) {
            this.timeRange = timeRange;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit items per page, 1 to 50; 20 when null
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param offset items to skip, 0 to 100000; 0 when null
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link SpotifyTopParams}
         * @throws IllegalArgumentException when the time range is {@code UNKNOWN}, or the limit or the offset is out
         *                                  of its range
         */
        public SpotifyTopParams build() {
            return new SpotifyTopParams(timeRange, limit, offset);
        }
    }
}
