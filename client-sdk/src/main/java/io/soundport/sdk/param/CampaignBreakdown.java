package io.soundport.sdk.param;

import java.util.Locale;

/** How the rows of a campaign export are split. */
public enum CampaignBreakdown {
    /** A row per day. */
    NONE,
    /** A row per day and country of the people reached. */
    COUNTRY,
    /** A row per day and publisher platform ({@code facebook}, {@code instagram}...). */
    PUBLISHER_PLATFORM;

    /**
     * The name on the wire.
     *
     * @return {@code none}, {@code country} or {@code publisher_platform}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
