package io.soundport.application.live;

import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventFilter;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A page of the caller's live events, soonest first, that pass the filter: one status, a date range ({@code from}
 * inclusive, {@code to} exclusive, compared as instants). Build it with {@link #of}.
 */
public record ListLiveEventsQuery(LiveEventFilter filter, PageRequest page) {
    public ListLiveEventsQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /**
     * From the raw parameters, each of which may be null or blank (no filter); {@code from} and {@code to} are
     * ISO-8601 date-times with their offset. Reports every invalid one at once.
     */
    public static ListLiveEventsQuery of(String status, String from, String to, Integer limit, String cursor) {
        Validation v = new Validation();
        LiveEventStatus s = blank(status) ? null : v.field("status", () -> LiveEventStatus.parse(status));
        Instant since = blank(from) ? null : v.field("from", () -> instant(from, "from"));
        Instant until = blank(to) ? null : v.field("to", () -> instant(to, "to"));
        if (since != null && until != null && !since.isBefore(until)) {
            v.require(false, "to", "must be after from");
        }
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListLiveEventsQuery(new LiveEventFilter(s, clamp(since), clamp(until)), page);
    }

    /**
     * A bound brought within the dates an event may have (1900 to 2999): it selects the same events, and every
     * backend can store and compare it (a year such as +999999999 is valid ISO-8601, but not a PostgreSQL
     * timestamp).
     */
    private static Instant clamp(Instant bound) {
        if (bound == null) {
            return null;
        }
        Instant earliest = LiveEvent.EARLIEST.toInstant();
        Instant afterLatest = LiveEvent.LATEST.toInstant().plusSeconds(1);
        return bound.isBefore(earliest) ? earliest : bound.isAfter(afterLatest) ? afterLatest : bound;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 date-time with its offset, such as "
                    + "2027-06-01T00:00:00Z");
        }
    }
}
