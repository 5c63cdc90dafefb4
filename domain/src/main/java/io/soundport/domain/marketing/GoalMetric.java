package io.soundport.domain.marketing;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** What a campaign's goal counts, as the ad platform's insights report it. */
public enum GoalMetric {
    IMPRESSIONS, REACH, CLICKS, CONVERSIONS;

    public static GoalMetric parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, "must be one of IMPRESSIONS, REACH, CLICKS, CONVERSIONS");
        }
    }

    /** This metric's count in {@code metrics}. */
    public long of(CampaignMetrics metrics) {
        return switch (this) {
            case IMPRESSIONS -> metrics.impressions();
            case REACH -> metrics.reach();
            case CLICKS -> metrics.clicks();
            case CONVERSIONS -> metrics.conversions();
        };
    }
}
