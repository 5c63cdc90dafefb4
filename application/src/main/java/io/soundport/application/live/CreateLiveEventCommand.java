package io.soundport.application.live;

import io.soundport.domain.live.LiveEvent;

import java.util.Objects;

/**
 * A new live event of the caller's organization. Build it with {@link #of}, which checks every field (see
 * {@link LiveEvent} for the rules) and reports every invalid one at once; a missing status is SCHEDULED.
 */
public record CreateLiveEventCommand(LiveEvent.Details details) {
    public CreateLiveEventCommand {
        Objects.requireNonNull(details, "details");
    }

    public static CreateLiveEventCommand of(String title, String description, String date, String location,
                                            Integer capacity, String organizer, String status) {
        return new CreateLiveEventCommand(LiveEvent.Details.of(title, description, date, location, capacity,
                organizer, status));
    }
}
