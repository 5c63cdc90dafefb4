package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/**
 * What {@code tracks().syncFromSpotify(..)} imports: the user's top tracks over a time range, or their saved tracks,
 * at most {@code limit} of them. Build it with {@link #builder()}; every field may stay unset (the top 50 of about the
 * last six months).
 *
 * @param source    top or saved tracks; {@link TrackSyncSource#TOP_TRACKS} when null
 * @param timeRange for top tracks, over how long; {@link SpotifyTimeRange#MEDIUM_TERM} when null; must be null for
 *                  saved tracks
 * @param limit     the most tracks to read, 1 to 500; 50 when null
 */
public record TrackSyncParams(TrackSyncSource source, SpotifyTimeRange timeRange, Integer limit) {
    /** The most tracks one import reads. */
    public static final int MAX_LIMIT = 500;

    /**
     * Refuses what the server would refuse.
     *
     * @param source    top or saved tracks; {@link TrackSyncSource#TOP_TRACKS} when null
     * @param timeRange for top tracks, over how long; must be null for saved tracks
     * @param limit     the most tracks to read, 1 to 500; 50 when null
     * @throws IllegalArgumentException when a value is {@code UNKNOWN}, the limit is out of its range, or saved
     *                                  tracks are given a time range
     */
    public TrackSyncParams {
        ApiEnum.requireKnown(source, "source");
        ApiEnum.requireKnown(timeRange, "timeRange");
        if (source == TrackSyncSource.SAVED_TRACKS && timeRange != null) {
            throw new IllegalArgumentException("saved tracks have no time range; leave timeRange unset");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
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

    /** Builds a {@link TrackSyncParams}. */
    public static final class Builder {
        private TrackSyncSource source;
        private SpotifyTimeRange timeRange;
        private Integer limit;

        private Builder() {
        }

        /**
         * Sets {@code source}.
         *
         * @param source top or saved tracks
         * @return this builder
         */
        public Builder source(TrackSyncSource source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code time_range}, for top tracks.
         *
         * @param timeRange over how long they are reckoned
         * @return this builder
         */
        public Builder timeRange(SpotifyTimeRange timeRange) {
            this.timeRange = timeRange;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit the most tracks to read, 1 to 500
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The params.
         *
         * @return the params
         * @throws IllegalArgumentException as {@link TrackSyncParams} says
         */
        public TrackSyncParams build() {
            return new TrackSyncParams(source, timeRange, limit);
        }
    }
}
