package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Locale;

/** What a Spotify search looks for: the answer has a page of each type asked for. Params refuse {@link #UNKNOWN}. */
public enum SpotifySearchType implements ApiEnum {
    /** Tracks: {@code SpotifySearchResults.tracks()}. */
    TRACK,
    /** Artists: {@code SpotifySearchResults.artists()}. */
    ARTIST,
    /** Albums: {@code SpotifySearchResults.albums()}. */
    ALBUM,
    /** A value this version of the SDK does not know; never sent. */
    UNKNOWN;

    /**
     * The name on the wire.
     *
     * @return {@code track}, {@code artist} or {@code album}
     */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name on the wire, as {@link #value()}.
     *
     * @return {@code track}, {@code artist} or {@code album}
     */
    @Override
    public String toString() {
        return value();
    }

    /**
     * The constant for a value as the API writes it.
     *
     * @param value the value, such as {@code artist}, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static SpotifySearchType fromValue(String value) {
        return ApiEnum.fromValue(SpotifySearchType.class, value);
    }
}
