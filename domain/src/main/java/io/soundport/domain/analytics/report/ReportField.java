package io.soundport.domain.analytics.report;

import java.util.Locale;

/**
 * What a column of a sales report may hold, as a generic report names it by default (its {@link #header()}):
 * the track by {@code track_id} or {@code isrc}; {@code partner} (the store), {@code country}, {@code occurred_at}
 * (a date-time with an offset, a date or a month), {@code count}; {@code revenue} with its {@code currency};
 * {@code event_id}, the row's own id, when the report has one.
 */
public enum ReportField {
    EVENT_ID, TRACK_ID, ISRC, PARTNER, COUNTRY, OCCURRED_AT, COUNT, REVENUE, CURRENCY;

    /** The column's name in a generic report, unless a mapping renames it: {@code occurred_at}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}
