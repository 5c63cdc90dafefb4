package io.soundport.application.live;

import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventId;

import java.util.Objects;

/**
 * Every field of a live event at once (PUT): what is not given is cleared (description, capacity, organizer) or
 * takes its default (status SCHEDULED). Carries the version the caller last saw ({@code expectedVersion}, null to
 * skip the check). Build it with {@link #of}, which checks every field.
 */
public record ReplaceLiveEventCommand(LiveEventId id, LiveEvent.Details details, Long expectedVersion) {
    public ReplaceLiveEventCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public static ReplaceLiveEventCommand of(LiveEventId id, CreateLiveEventCommand fields, Long expectedVersion) {
        return new ReplaceLiveEventCommand(id, fields.details(), expectedVersion);
    }
}
