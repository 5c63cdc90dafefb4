package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which insights of a campaign or an ad account: either the days {@code since} to {@code until} (both included, at
 * most {@value #MAX_DAYS} days; Meta's {@code time_range}) or a {@link DatePreset}; {@code timeIncrement} null for one
 * row over the whole period, 1 to 90 for one row per that many days (1: per day); and the breakdowns (at most
 * {@value #MAX_BREAKDOWNS}, kept in the enum's order).
 */
public record InsightsQuery(InsightsSubject subject, LocalDate since, LocalDate until, DatePreset preset,
                            Integer timeIncrement, Set<Breakdown> breakdowns) {
    public static final int MAX_DAYS = 37 * 30;
    public static final int MAX_BREAKDOWNS = 3;
    /** The days insights may cover: Meta keeps 37 months; these bounds only keep dates within reason. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2004, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    public InsightsQuery {
        if (subject == null) {
            throw DomainException.invalid("subject", "must name a campaign or an ad account");
        }
        Validation v = new Validation();
        boolean range = since != null || until != null;
        v.require(range != (preset != null), "since", "give either since and until, or a date preset");
        if (range) {
            v.require(since != null, "since", "must be given with until");
            v.require(until != null, "until", "must be given with since");
            v.require(since == null || !since.isBefore(FIRST_DAY) && !since.isAfter(LAST_DAY), "since",
                    "must be between " + FIRST_DAY + " and " + LAST_DAY);
            v.require(until == null || !until.isBefore(FIRST_DAY) && !until.isAfter(LAST_DAY), "until",
                    "must be between " + FIRST_DAY + " and " + LAST_DAY);
            if (since != null && until != null) {
                v.require(!until.isBefore(since), "until", "must not be before since");
                v.require(ChronoUnit.DAYS.between(since, until) < MAX_DAYS, "until",
                        "the period may span at most " + MAX_DAYS + " days");
            }
        }
        v.require(timeIncrement == null || (timeIncrement >= 1 && timeIncrement <= 90), "timeIncrement",
                "must be between 1 (a row per day) and 90");
        // in the enum's order, whatever order they came in: the same query is the same request
        breakdowns = breakdowns == null || breakdowns.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(breakdowns));
        v.require(breakdowns.size() <= MAX_BREAKDOWNS, "breakdowns", "at most " + MAX_BREAKDOWNS + " at once");
        v.throwIfInvalid();
    }

    /** The days {@code since} to {@code until}. */
    public static InsightsQuery between(InsightsSubject subject, LocalDate since, LocalDate until,
                                        Integer timeIncrement, Set<Breakdown> breakdowns) {
        return new InsightsQuery(subject, since, until, null, timeIncrement, breakdowns);
    }

    /** The period Meta names {@code preset}. */
    public static InsightsQuery preset(InsightsSubject subject, DatePreset preset, Integer timeIncrement,
                                       Set<Breakdown> breakdowns) {
        return new InsightsQuery(subject, null, null, preset, timeIncrement, breakdowns);
    }
}
