package io.soundport.application.live;

import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.shared.Validation;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A partial change of a live event (PATCH): a null field is kept; {@code ""} clears the description or the
 * organizer (the capacity is cleared by a replacement). Carries the version the caller last saw
 * ({@code expectedVersion}, null to skip the check). Build it with {@link #of}, which checks every given field and
 * reports every invalid one at once.
 */
public record UpdateLiveEventCommand(LiveEventId id, String title, String description, OffsetDateTime date,
                                     String location, Integer capacity, String organizer, LiveEventStatus status,
                                     Long expectedVersion) {
    /** The value of the description or the organizer that clears it. */
    public static final String CLEAR = "";

    public UpdateLiveEventCommand {
        Objects.requireNonNull(id, "id");
    }

    /** The raw values of a change; each may be null (kept). */
    public record Fields(String title, String description, String date, String location, Integer capacity,
                         String organizer, String status) {
    }

    public static UpdateLiveEventCommand of(LiveEventId id, Fields f, Long expectedVersion) {
        Validation v = new Validation();
        String title = f.title() == null ? null
                : v.field("title", () -> Validation.requireText(f.title(), "title", LiveEvent.MAX_TITLE));
        String description = f.description() == null ? null : v.field("description",
                () -> orClear(Validation.optionalMultilineText(f.description(), "description",
                        LiveEvent.MAX_DESCRIPTION)));
        OffsetDateTime date = f.date() == null ? null : v.field("date", () -> LiveEvent.parseDate(f.date(), "date"));
        String location = f.location() == null ? null
                : v.field("location", () -> Validation.requireText(f.location(), "location", LiveEvent.MAX_LOCATION));
        Integer capacity = f.capacity() == null ? null
                : v.field("capacity", () -> LiveEvent.checkCapacity(f.capacity()));
        String organizer = f.organizer() == null ? null : v.field("organizer",
                () -> orClear(Validation.optionalText(f.organizer(), "organizer", LiveEvent.MAX_ORGANIZER)));
        LiveEventStatus status = f.status() == null ? null : v.field("status", () -> LiveEventStatus.parse(f.status()));
        v.throwIfInvalid();
        return new UpdateLiveEventCommand(id, title, description, date, location, capacity, organizer, status,
                expectedVersion);
    }

    /** This change laid over the event's current details; the domain checks the result again. */
    LiveEvent.Details over(LiveEvent.Details current) {
        return new LiveEvent.Details(
                title != null ? title : current.title(),
                applied(description, current.description()),
                date != null ? date : current.date(),
                location != null ? location : current.location(),
                capacity != null ? capacity : current.capacity(),
                applied(organizer, current.organizer()),
                status != null ? status : current.status());
    }

    private static String applied(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isEmpty() ? null : change;
    }

    /** A blank text checks to null, which in a change means "clear". */
    private static String orClear(String checked) {
        return checked == null ? CLEAR : checked;
    }
}
