package io.soundport.domain.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A span of UTC time a rollup row covers, written so that buckets sort as text in time order. */
public enum Bucket {
    MINUTE(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"), ChronoUnit.MINUTES),
    HOUR(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH"), ChronoUnit.HOURS),
    DAY(DateTimeFormatter.ofPattern("uuuu-MM-dd"), ChronoUnit.DAYS),
    MONTH(DateTimeFormatter.ofPattern("uuuu-MM"), ChronoUnit.MONTHS);

    private final DateTimeFormatter format;
    private final ChronoUnit unit;

    Bucket(DateTimeFormatter format, ChronoUnit unit) {
        this.format = format;
        this.unit = unit;
    }

    /** The bucket holding that moment. */
    public String of(Instant instant) {
        return format.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The bucket holding that UTC day's start. */
    public String of(LocalDate day) {
        return of(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** When the bucket starts. */
    public Instant start(String bucket) {
        return switch (this) {
            case MINUTE -> LocalDateTime.parse(bucket + ":00").toInstant(ZoneOffset.UTC);
            case HOUR -> LocalDateTime.parse(bucket + ":00:00").toInstant(ZoneOffset.UTC);
            case DAY -> LocalDate.parse(bucket).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MONTH -> LocalDate.parse(bucket + "-01").atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    /** The bucket after this one. */
    public String next(String bucket) {
        Instant start = start(bucket);
        return of(this == MONTH
                ? LocalDateTime.ofInstant(start, ZoneOffset.UTC).plusMonths(1).toInstant(ZoneOffset.UTC)
                : start.plus(1, unit));
    }
}
