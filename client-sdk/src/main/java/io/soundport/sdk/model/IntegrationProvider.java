package io.soundport.sdk.model;

import java.util.Locale;

/** An outside platform a user connects their account of: Spotify or Meta. */
public enum IntegrationProvider implements ApiEnum {
    /** Spotify: the user's listening, playlists and top items. */
    SPOTIFY,
    /** Meta (Facebook): ad accounts, campaigns and insights. */
    META,
    /** A value this version of the SDK does not know; the record's raw {@code ...Value()} accessor has it. */
    UNKNOWN;

    /** @return the value on the wire and in paths: {@code spotify}, {@code meta} */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static IntegrationProvider fromValue(String value) {
        return ApiEnum.fromValue(IntegrationProvider.class, value);
    }
}
