package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

import java.util.Locale;

/** What an API key may do. Every scope can read. Params refuse {@link #UNKNOWN}. */
public enum ApiKeyScope implements ApiEnum {
    /** Read only. */
    READ,
    /** Read and write the catalog. */
    WRITE,
    /** Administer the organization: applications and keys. */
    ADMIN,
    /** A scope this version of the SDK does not know; the record's {@code scopeValues()} has it. */
    UNKNOWN;

    /**
     * The name on the wire.
     *
     * @return {@code read}, {@code write} or {@code admin}
     */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name on the wire, as {@link #value()}.
     *
     * @return {@code read}, {@code write} or {@code admin}
     */
    @Override
    public String toString() {
        return value();
    }

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, such as {@code read}, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static ApiKeyScope fromValue(String value) {
        return ApiEnum.fromValue(ApiKeyScope.class, value);
    }
}
