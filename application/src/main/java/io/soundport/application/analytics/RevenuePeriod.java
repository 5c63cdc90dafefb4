package io.soundport.application.analytics;

import io.soundport.domain.shared.DomainException;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The months a revenue report covers, both included, at most {@value #MAX_MONTHS}: written {@code 2026} (a year),
 * {@code 2026-11} (a month) or {@code 2026-01..2026-06} (a range of months).
 */
public record RevenuePeriod(YearMonth from, YearMonth to) {
    public static final int MAX_MONTHS = 36;

    public RevenuePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw DomainException.invalid("period", "must not end before it starts");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw DomainException.invalid("period", "spans at most " + MAX_MONTHS + " months");
        }
    }

    public static RevenuePeriod of(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("period", "must be a year (2026), a month (2026-11) or a range of months "
                    + "(2026-01..2026-06)");
        }
        String period = text.strip();
        try {
            if (period.matches("\\d{4}")) {
                int year = Integer.parseInt(period);
                return new RevenuePeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
            }
            int range = period.indexOf("..");
            if (range < 0) {
                YearMonth month = YearMonth.parse(period);
                return new RevenuePeriod(month, month);
            }
            return new RevenuePeriod(YearMonth.parse(period.substring(0, range)),
                    YearMonth.parse(period.substring(range + 2)));
        } catch (DateTimeException e) {
            throw DomainException.invalid("period", "must be a year (2026), a month (2026-11) or a range of months "
                    + "(2026-01..2026-06)");
        }
    }
}
