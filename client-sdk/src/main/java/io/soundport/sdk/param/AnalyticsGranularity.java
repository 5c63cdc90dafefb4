package io.soundport.sdk.param;

import java.util.Locale;

/** What one point of a track's series covers. */
public enum AnalyticsGranularity {
    /** A UTC day. */
    DAY,
    /** A UTC hour (a period of at most 31 days). */
    HOUR;

    /**
     * The name on the wire.
     *
     * @return {@code day} or {@code hour}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
