package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a campaign's days are split: not at all (the day's totals, the only ones whose reach counts each person once),
 * by the country of the people reached, or by the publisher platform the ads ran on (Meta's {@code facebook},
 * {@code instagram}, {@code audience_network}, {@code messenger}, {@code threads}).
 */
public enum CampaignBreakdown {
    NONE, COUNTRY, PUBLISHER_PLATFORM;

    /** The name our API shows ({@code publisher_platform}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The breakdown named {@code slug}; NONE when blank or null; VALIDATION_ERROR on {@code field}. */
    public static CampaignBreakdown parse(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            return NONE;
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.slug().equals(wanted)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "must be one of " + Arrays.stream(values())
                        .map(CampaignBreakdown::slug).collect(Collectors.joining(", "))));
    }
}
