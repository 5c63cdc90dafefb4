package io.soundport.sdk.param;

import io.soundport.sdk.model.ApiEnum;

/**
 * A member's role in an organization: {@code OWNER} &gt; {@code ADMIN} &gt; {@code MEMBER} &gt; {@code VIEWER}.
 * Params refuse {@link #UNKNOWN}.
 */
public enum Role implements ApiEnum {
    /** Everything, including adding and removing owners. */
    OWNER,
    /** Members, applications and keys, and everything a member can do. */
    ADMIN,
    /** Reads and writes the catalog. */
    MEMBER,
    /** Reads only. */
    VIEWER,
    /** A role this version of the SDK does not know; the record's {@code roleValue()} has it. */
    UNKNOWN;

    /**
     * The constant for a value as the API sends it.
     *
     * @param value the value, or null
     * @return the constant, {@link #UNKNOWN} when this SDK does not know the value, null for null
     */
    public static Role fromValue(String value) {
        return ApiEnum.fromValue(Role.class, value);
    }
}
