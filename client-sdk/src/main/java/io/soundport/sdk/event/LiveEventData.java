package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.LiveEventStatus;

import java.time.OffsetDateTime;

/**
 * The live event an {@code event.created}, {@code event.updated} or {@code event.deleted} event is about, as it is
 * after the change (for {@code event.deleted}, as it was).
 *
 * @param id            the live event's id ({@code lve_...})
 * @param title         the title
 * @param description   the description, or null
 * @param date          when it starts, with the offset it was given in
 * @param location      the venue and town
 * @param capacity      how many people it holds, or null
 * @param organizer     who puts it on, or null
 * @param statusValue   the status as sent; {@link #status()} reads it as an enum
 * @param version       its version after the change
 * @param workflowDepth how many workflow rules led to the event
 */
public record LiveEventData(String id, String title, String description, OffsetDateTime date, String location,
                            Integer capacity, String organizer, @JsonProperty("status") String statusValue,
                            long version, int workflowDepth) implements EventData {
    /**
     * The live event's status.
     *
     * @return the status, {@link LiveEventStatus#UNKNOWN} for one this SDK does not know
     */
    public LiveEventStatus status() {
        return LiveEventStatus.fromValue(statusValue);
    }
}
