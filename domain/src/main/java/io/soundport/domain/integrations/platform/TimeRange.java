package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** Over how long the account's top items are reckoned. */
public enum TimeRange {
    /** About the last four weeks. */
    SHORT_TERM,
    /** About the last six months. */
    MEDIUM_TERM,
    /** About the last year. */
    LONG_TERM;

    /** The name in requests: {@code short_term}, {@code medium_term}, {@code long_term}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The range of this name (any case), {@link #MEDIUM_TERM} for null or blank; else VALIDATION_ERROR on timeRange. */
    public static TimeRange of(String slug) {
        if (slug == null || slug.isBlank()) {
            return MEDIUM_TERM;
        }
        for (TimeRange range : values()) {
            if (range.slug().equalsIgnoreCase(slug.strip())) {
                return range;
            }
        }
        throw DomainException.invalid("timeRange", "must be one of short_term, medium_term, long_term");
    }
}
