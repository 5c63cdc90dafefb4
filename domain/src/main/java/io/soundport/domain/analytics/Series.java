package io.soundport.domain.analytics;

/**
 * The pre-aggregated series that analytics read instead of the events, each kept up to date as events are recorded
 * ({@link Rollups}). A row of a series is one bucket of time, within a scope (a track, or none), for one value of the
 * series' dimensions and one revenue currency. Buckets are UTC and sort as text in time order.
 */
public enum Series {
    /** All the organization's streams per day; dimensions: none. */
    DAILY(Bucket.DAY),
    /** Per day and track; dimensions: the track id. Top tracks. */
    TRACK_DAILY(Bucket.DAY),
    /** Per day and country; dimensions: the country. Top countries. */
    COUNTRY_DAILY(Bucket.DAY),
    /** Per month and store; dimensions: the store. Revenue per partner and month. */
    STORE_MONTHLY(Bucket.MONTH),
    /** One track's streams per day, by country and store (dimensions {@code country|store}); scope: the track. */
    TRACK_BREAKDOWN(Bucket.DAY),
    /** One track's streams per hour; scope: the track. */
    TRACK_HOURLY(Bucket.HOUR),
    /** One track's streams per minute of the last {@link Rollups#REALTIME_WINDOW}; scope: the track. */
    TRACK_MINUTE(Bucket.MINUTE);

    private final Bucket bucket;

    Series(Bucket bucket) {
        this.bucket = bucket;
    }

    public Bucket bucket() {
        return bucket;
    }

    /** Whether the series is kept per track ({@code scope} is a track id) or for the whole organization. */
    public boolean perTrack() {
        return this == TRACK_BREAKDOWN || this == TRACK_HOURLY || this == TRACK_MINUTE;
    }
}
