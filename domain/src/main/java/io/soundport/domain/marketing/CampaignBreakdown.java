package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a campaign's days are split: not at all (the day's totals, the only ones whose reach counts each person once),
 * by the country of the people reached, or by the publisher platform the ads ran on (Meta's {@code facebook},
 * {@code instagram}, {@code audience_network}, {@code messenger}, {@code threads}). {@link #HOURLY_READING} is kept
 * beside them but is no split of a day: see there.
 */
public enum CampaignBreakdown {
    NONE, COUNTRY, PUBLISHER_PLATFORM,
    /**
     * The campaign's lifetime totals as last read in one UTC hour of the day, the value naming the hour ({@code 00}
     * to {@code 23}): the platform reports campaigns by day only in UTC, so an hourly series is what each reading
     * added to the one before.
     */
    HOURLY_READING;

    /** The hour of a {@link #HOURLY_READING}, as its value. */
    public static String hour(int hourOfDay) {
        if (hourOfDay < 0 || hourOfDay > 23) {
            throw new IllegalArgumentException("an hour of the day is 0 to 23");
        }
        return hourOfDay < 10 ? "0" + hourOfDay : Integer.toString(hourOfDay);
    }

    /** The name our API shows ({@code publisher_platform}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The split of a day named {@code slug} (none, country or publisher_platform); NONE when blank or null;
     * VALIDATION_ERROR on {@code field}.
     */
    public static CampaignBreakdown parse(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            return NONE;
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b != HOURLY_READING && b.slug().equals(wanted)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "must be one of " + Arrays.stream(values())
                        .filter(b -> b != HOURLY_READING).map(CampaignBreakdown::slug)
                        .collect(Collectors.joining(", "))));
    }
}
