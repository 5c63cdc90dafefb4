package io.soundport.application.analytics;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The UTC days an analytics read covers, {@code from} and {@code to} both included, at most {@value #MAX_DAYS}
 * days. Build it with {@link #of}, which reads ISO dates ({@code 2026-11-01}) and reports both fields at once.
 */
public record AnalyticsPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 731;

    public AnalyticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw DomainException.invalid("to", "a period spans at most " + MAX_DAYS + " days");
        }
    }

    public static AnalyticsPeriod of(String from, String to) {
        Validation v = new Validation();
        LocalDate start = v.field("from", () -> date(from, "from"));
        LocalDate end = v.field("to", () -> date(to, "to"));
        v.throwIfInvalid();
        return new AnalyticsPeriod(start, end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** An ISO date such as {@code 2026-11-01}; VALIDATION_ERROR on {@code field} otherwise (blank included). */
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, "must be a date such as 2026-11-01");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date such as 2026-11-01");
        }
    }
}
