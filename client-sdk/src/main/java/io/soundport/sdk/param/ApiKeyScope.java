package io.soundport.sdk.param;

import java.util.Locale;

/** What an API key may do. Every scope can read. */
public enum ApiKeyScope {
    /** Read only. */
    READ,
    /** Read and write the catalog. */
    WRITE,
    /** Administer the organization: applications and keys. */
    ADMIN;

    /**
     * The name on the wire.
     *
     * @return {@code read}, {@code write} or {@code admin}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
