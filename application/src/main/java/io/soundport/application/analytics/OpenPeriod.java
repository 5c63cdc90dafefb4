package io.soundport.application.analytics;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;

/**
 * The UTC days a campaign or audience read asks for, either bound left out ({@code null}) for the subject's own: a
 * campaign's first and last days, say. {@link #within} fills in what was left out.
 */
public record OpenPeriod(LocalDate from, LocalDate to) {
    public OpenPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.invalid("to", "must not be before from");
        }
    }

    /** Both bounds optional, each an ISO date ({@code 2026-11-01}); every invalid field reported at once. */
    public static OpenPeriod of(String from, String to) {
        Validation v = new Validation();
        LocalDate start = v.field("from", () -> blank(from) ? null : AnalyticsPeriod.date(from, "from"));
        LocalDate end = v.field("to", () -> blank(to) ? null : AnalyticsPeriod.date(to, "to"));
        v.throwIfInvalid();
        return new OpenPeriod(start, end);
    }

    /**
     * The days asked for, {@code first} and {@code last} standing in for the bounds left out. A period of defaults
     * longer than {@link AnalyticsPeriod#MAX_DAYS} keeps its last days; one asked for whole is refused as any period.
     */
    AnalyticsPeriod within(LocalDate first, LocalDate last) {
        LocalDate end = to != null ? to : from != null && last.isBefore(from) ? from : last;
        LocalDate start = from != null ? from : first.isAfter(end) ? end : first;
        if (from == null && start.plusDays(AnalyticsPeriod.MAX_DAYS - 1).isBefore(end)) {
            start = end.minusDays(AnalyticsPeriod.MAX_DAYS - 1);
        }
        return new AnalyticsPeriod(start, end);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
