package io.soundport.adapters.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** What the live event endpoints answer. */
final class LiveViews {
    private LiveViews() {
    }

    @Schema(name = "LiveEvent", description = "A concert, showcase or launch of the organization")
    record LiveEventView(String id, String title, @Nullable String description,
                         @Schema(description = "when it starts, with the offset it was given in", format = "date-time",
                                 example = "2027-06-12T20:00:00+02:00") String date,
                         String location, @Nullable Integer capacity, @Nullable String organizer,
                         @Schema(implementation = LiveEventStatus.class) String status, Instant createdAt,
                         Instant updatedAt, long version) {
        static LiveEventView of(LiveEvent e) {
            return new LiveEventView(e.id().value(), e.title(), e.description(), e.dateText(), e.location(),
                    e.capacity(), e.organizer(), e.status().name(), e.createdAt(), e.updatedAt(), e.version());
        }
    }
}
