package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Locale;

/**
 * How a partner takes the takedown of a release it never had on sale (a release that was on sale is always taken down
 * by deals ending before now). Params refuse {@link #UNKNOWN}.
 */
public enum PartnerTakedown implements ApiEnum {
    /** A DDEX {@code NewReleaseMessage} without deals (the default). */
    MESSAGE,
    /** A DDEX {@code PurgeReleaseMessage}: the partner forgets the release. */
    PURGE,
    /** A value this version of the SDK does not know; the record's {@code takedownValue()} has it. */
    UNKNOWN;

    /**
     * The name on the wire.
     *
     * @return {@code message} or {@code purge}
     */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name on the wire, as {@link #value()}.
     *
     * @return {@code message} or {@code purge}
     */
    @Override
    public String toString() {
        return value();
    }

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, such as {@code purge}, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static PartnerTakedown fromValue(String value) {
        return ApiEnum.fromValue(PartnerTakedown.class, value);
    }
}
