package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Locale;

/** Over how long Spotify reckons the account's top tracks and artists. Params refuse {@link #UNKNOWN}. */
public enum SpotifyTimeRange implements ApiEnum {
    /** About the last four weeks. */
    SHORT_TERM,
    /** About the last six months (the default). */
    MEDIUM_TERM,
    /** About the last year. */
    LONG_TERM,
    /** A value this version of the SDK does not know; never sent. */
    UNKNOWN;

    /**
     * The name on the wire.
     *
     * @return {@code short_term}, {@code medium_term} or {@code long_term}
     */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name on the wire, as {@link #value()}.
     *
     * @return {@code short_term}, {@code medium_term} or {@code long_term}
     */
    @Override
    public String toString() {
        return value();
    }

    /**
     * The constant for a value as the API writes it.
     *
     * @param value the value, such as {@code short_term}, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static SpotifyTimeRange fromValue(String value) {
        return ApiEnum.fromValue(SpotifyTimeRange.class, value);
    }
}
