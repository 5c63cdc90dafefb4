package io.soundport.application.analytics;

import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One track's streams over a period, per day or per hour ({@value #MAX_HOURLY_DAYS} days at most per hour). Build
 * it with {@link #of}.
 */
public record TrackStreamsQuery(TrackId trackId, AnalyticsPeriod period, Granularity granularity) {
    public static final int MAX_HOURLY_DAYS = 31;

    public enum Granularity { DAY, HOUR }

    public TrackStreamsQuery {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(granularity, "granularity");
        if (granularity == Granularity.HOUR && period.days() > MAX_HOURLY_DAYS) {
            throw DomainException.invalid("to", "an hourly series spans at most " + MAX_HOURLY_DAYS + " days");
        }
    }

    /** {@code granularity} {@code day} (the default when null) or {@code hour}. */
    public static TrackStreamsQuery of(TrackId trackId, String from, String to, String granularity) {
        Validation v = new Validation();
        AnalyticsPeriod period = v.nested("", () -> AnalyticsPeriod.of(from, to));
        Granularity g = v.field("granularity", () -> granularity(granularity));
        v.throwIfInvalid();
        return new TrackStreamsQuery(trackId, period, g);
    }

    static Granularity granularity(String text) {
        if (text == null || text.isBlank()) {
            return Granularity.DAY;
        }
        try {
            return Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("granularity", "must be day or hour");
        }
    }
}
