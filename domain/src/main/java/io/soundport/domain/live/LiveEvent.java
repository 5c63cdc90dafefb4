package io.soundport.domain.live;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A live event of an organization: a concert, a showcase, a launch. Its rules:
 * <ul>
 *   <li>{@code date} is when it starts, a date-time with the offset of the place it happens
 *       ({@code 2027-06-12T20:00:00+02:00}): one instant to sort and filter on, kept with the local time the venue
 *       and the promoter announce; kept to the second (a fraction is dropped);</li>
 *   <li>{@code capacity}, when known, is 1 to {@value #MAX_CAPACITY} people;</li>
 *   <li>status: SCHEDULED → POSTPONED, CANCELLED, or COMPLETED once its date has come; POSTPONED → SCHEDULED with
 *       a new date, or CANCELLED; CANCELLED and COMPLETED are final: their status and date no longer change (the
 *       text around them still may); see {@link #change}.</li>
 * </ul>
 */
public record LiveEvent(LiveEventId id, OrganizationId organizationId, String title, String description,
                        OffsetDateTime date, String location, Integer capacity, String organizer,
                        LiveEventStatus status, Instant createdAt, Instant updatedAt, long version) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_LOCATION = 300;
    public static final int MAX_ORGANIZER = 200;
    public static final int MAX_CAPACITY = 10_000_000;
    /** The earliest and latest dates taken: anything outside is a typing mistake. */
    public static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1900-01-01T00:00:00Z");
    public static final OffsetDateTime LATEST = OffsetDateTime.parse("2999-12-31T23:59:59Z");

    public LiveEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Details checked = new Details(title, description, date, location, capacity, organizer, status);
        title = checked.title();
        description = checked.description();
        date = checked.date();
        location = checked.location();
        organizer = checked.organizer();
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * What a caller says about an event, checked: title and location single-line text, description multi-line,
     * organizer optional, capacity null or 1 to {@value #MAX_CAPACITY}, date between 1900 and 2999.
     */
    public record Details(String title, String description, OffsetDateTime date, String location, Integer capacity,
                          String organizer, LiveEventStatus status) {
        public Details {
            title = Validation.requireText(title, "title", MAX_TITLE);
            description = Validation.optionalMultilineText(description, "description", MAX_DESCRIPTION);
            date = checkDate(date);
            location = Validation.requireText(location, "location", MAX_LOCATION);
            checkCapacity(capacity);
            organizer = Validation.optionalText(organizer, "organizer", MAX_ORGANIZER);
            Objects.requireNonNull(status, "status");
        }

        /**
         * From raw values, reporting every invalid field at once; a null status is SCHEDULED, a null date or
         * location is refused as missing.
         */
        public static Details of(String title, String description, String date, String location, Integer capacity,
                                 String organizer, String status) {
            Validation v = new Validation();
            String t = v.field("title", () -> Validation.requireText(title, "title", MAX_TITLE));
            String d = v.field("description",
                    () -> Validation.optionalMultilineText(description, "description", MAX_DESCRIPTION));
            OffsetDateTime at = v.field("date", () -> parseDate(date, "date"));
            String l = v.field("location", () -> Validation.requireText(location, "location", MAX_LOCATION));
            Integer c = v.field("capacity", () -> checkCapacity(capacity));
            String o = v.field("organizer", () -> Validation.optionalText(organizer, "organizer", MAX_ORGANIZER));
            LiveEventStatus s = status == null ? LiveEventStatus.SCHEDULED
                    : v.field("status", () -> LiveEventStatus.parse(status));
            v.throwIfInvalid();
            return new Details(t, d, at, l, c, o, s);
        }
    }

    /** An ISO-8601 date-time with its offset ({@code 2027-06-12T20:00:00+02:00}), within the dates taken. */
    public static OffsetDateTime parseDate(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        try {
            return checkDate(OffsetDateTime.parse(value.strip()), field);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 date-time with its offset, such as "
                    + "2027-06-12T20:00:00+02:00");
        }
    }

    static OffsetDateTime checkDate(OffsetDateTime date) {
        return checkDate(date, "date");
    }

    private static OffsetDateTime checkDate(OffsetDateTime date, String field) {
        if (date == null) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw DomainException.invalid(field, "must be between 1900 and 2999");
        }
        return date.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Null (not given), or 1 to {@value #MAX_CAPACITY}. */
    public static Integer checkCapacity(Integer capacity) {
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw DomainException.invalid("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
        return capacity;
    }

    /** A new event, version 1; a COMPLETED one must have happened already. */
    public static LiveEvent create(LiveEventId id, OrganizationId organizationId, Details details, Instant now) {
        if (details.status() == LiveEventStatus.COMPLETED) {
            requireHappened(details.date(), now);
        }
        return new LiveEvent(id, organizationId, details.title(), details.description(), details.date(),
                details.location(), details.capacity(), details.organizer(), details.status(), now, now, 1);
    }

    /** The date as ISO-8601 always with its seconds and offset ({@code 2027-06-12T20:00:00+02:00}, {@code ...Z}). */
    public String dateText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** What a caller may change, as it is now. */
    public Details details() {
        return new Details(title, description, date, location, capacity, organizer, status);
    }

    /**
     * This event with every field as {@code next} says (a full replacement: PUT, or a PATCH merged over
     * {@link #details()}), if the move from its status is allowed (else CONFLICT, on {@code status} or {@code date}):
     * <ul>
     *   <li>a CANCELLED or COMPLETED event keeps its status and its date;</li>
     *   <li>POSTPONED → SCHEDULED needs a date other than the one it had;</li>
     *   <li>→ COMPLETED only from SCHEDULED, and once its (new) date has come: not from POSTPONED.</li>
     * </ul>
     */
    public LiveEvent change(Details next, Instant now) {
        LiveEventStatus to = next.status();
        boolean moved = !next.date().isEqual(date);
        if (status.isFinal()) {
            if (to != status) {
                throw DomainException.conflict("A " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " event cannot become " + to.name() + ": " + status.name() + " is final", "status");
            }
            if (moved) {
                throw DomainException.conflict("A " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " event cannot move to another date", "date");
            }
        }
        if (status == LiveEventStatus.POSTPONED && to == LiveEventStatus.SCHEDULED && !moved) {
            throw DomainException.conflict("A postponed event is scheduled again with a new date", "date");
        }
        if (to == LiveEventStatus.COMPLETED && status != LiveEventStatus.COMPLETED) {
            if (status == LiveEventStatus.POSTPONED) {
                throw DomainException.conflict("A postponed event is scheduled again (with its new date) before "
                        + "it can be completed", "status");
            }
            requireHappened(next.date(), now);
        }
        return new LiveEvent(id, organizationId, next.title(), next.description(), next.date(), next.location(),
                next.capacity(), next.organizer(), to, createdAt, now, version);
    }

    private static void requireHappened(OffsetDateTime date, Instant now) {
        if (date.toInstant().isAfter(now)) {
            throw DomainException.conflict("An event cannot be completed before its date", "status");
        }
    }

    /** Raises {@code event.created} about this event, as added. */
    public LiveEventEvent.LiveEventCreated created(EventMeta meta) {
        return new LiveEventEvent.LiveEventCreated(meta, this);
    }

    /** Raises {@code event.updated} about this event, as stored after the change. */
    public LiveEventEvent.LiveEventUpdated updated(EventMeta meta) {
        return new LiveEventEvent.LiveEventUpdated(meta, this);
    }

    /** Raises {@code event.deleted} about this event, as it was. */
    public LiveEventEvent.LiveEventDeleted deleted(EventMeta meta) {
        return new LiveEventEvent.LiveEventDeleted(meta, this);
    }
}
