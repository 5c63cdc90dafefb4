package io.soundport.adapters.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.live.CreateLiveEventCommand;
import io.soundport.application.live.ReplaceLiveEventCommand;
import io.soundport.application.live.UpdateLiveEventCommand;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the live event endpoints take, each with the command it becomes. */
final class LiveRequests {
    private static final String DATE = "when it starts: an ISO-8601 date-time with the offset of where it happens, "
            + "kept to the second and answered as given";
    private static final String STATUS = "SCHEDULED, POSTPONED, CANCELLED or COMPLETED, in any case. SCHEDULED → "
            + "POSTPONED, CANCELLED, or COMPLETED once its date has come; POSTPONED → SCHEDULED with a new date, or "
            + "CANCELLED; CANCELLED and COMPLETED are final (their status and date no longer change): 409 CONFLICT";

    private LiveRequests() {
    }

    /** A new live event (POST), or every field of one (PUT: what is absent is cleared or takes its default). */
    @Schema(name = "LiveEventRequest", description = "A live event; on PUT, absent fields are cleared (description, "
            + "capacity, organizer) or take their default (status SCHEDULED)")
    record CreateLiveEventRequest(@Schema(description = "at most 200 characters") String title,
                                  @Nullable @Schema(description = "at most 5000 characters, lines allowed")
                                  String description,
                                  @Schema(description = DATE, format = "date-time",
                                          example = "2027-06-12T20:00:00+02:00") String date,
                                  @Schema(description = "the venue and town, at most 300 characters",
                                          example = "Paradiso, Amsterdam") String location,
                                  @Nullable @Schema(description = "how many people it holds: 1 to 10000000")
                                  Integer capacity,
                                  @Nullable @Schema(description = "who puts it on, at most 200 characters")
                                  String organizer,
                                  @Nullable @Schema(description = STATUS + "; SCHEDULED when absent",
                                          implementation = LiveEventStatus.class) String status) {
        CreateLiveEventCommand command() {
            return CreateLiveEventCommand.of(title, description, date, location, capacity, organizer, status);
        }

        ReplaceLiveEventCommand replace(LiveEventId id, Long expectedVersion) {
            return ReplaceLiveEventCommand.of(id, command(), expectedVersion);
        }
    }

    @Schema(name = "UpdateLiveEventRequest", description = "Fields to change; absent fields are kept, \"\" clears the "
            + "description or the organizer")
    record UpdateLiveEventRequest(@Nullable String title, @Nullable String description,
                                  @Nullable @Schema(description = DATE, format = "date-time",
                                          example = "2027-09-01T20:00:00+02:00")
                                  String date,
                                  @Nullable String location,
                                  @Nullable @Schema(description = "1 to 10000000") Integer capacity,
                                  @Nullable String organizer,
                                  @Nullable @Schema(description = STATUS, implementation = LiveEventStatus.class)
                                  String status) {
        UpdateLiveEventCommand command(LiveEventId id, Long expectedVersion) {
            return UpdateLiveEventCommand.of(id, new UpdateLiveEventCommand.Fields(title, description, date,
                    location, capacity, organizer, status), expectedVersion);
        }
    }
}
