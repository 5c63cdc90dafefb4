package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Locale;

/** Which of the user's Spotify tracks an import reads. Params refuse {@link #UNKNOWN}. */
public enum TrackSyncSource implements ApiEnum {
    /** Their most listened tracks over a time range (the default). */
    TOP_TRACKS,
    /** The tracks saved in their library, last saved first. */
    SAVED_TRACKS,
    /** A value this version of the SDK does not know; never sent. */
    UNKNOWN;

    /**
     * The name on the wire.
     *
     * @return {@code top_tracks} or {@code saved_tracks}
     */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name on the wire, as {@link #value()}.
     *
     * @return {@code top_tracks} or {@code saved_tracks}
     */
    @Override
    public String toString() {
        return value();
    }

    /**
     * The constant for a value as the API writes it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static TrackSyncSource fromValue(String value) {
        return ApiEnum.fromValue(TrackSyncSource.class, value);
    }
}
