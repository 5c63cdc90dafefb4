package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A live event of the organization: a concert, a showcase, a launch.
 *
 * @param id          the event's id ({@code lve_...})
 * @param title       the title
 * @param description the description (lines allowed), or null
 * @param date        when it starts, with the offset of where it happens, as it was given
 * @param location    the venue and town
 * @param capacity    how many people it holds, or null when not given
 * @param organizer   who puts it on, or null
 * @param statusValue the status as sent; {@link #status()} reads it as an enum
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 * @param version     its version, for {@code If-Match}
 */
public record LiveEvent(String id, String title, String description, OffsetDateTime date, String location,
                        Integer capacity, String organizer, @JsonProperty("status") String statusValue,
                        Instant createdAt, Instant updatedAt, long version) {
    /**
     * The event's status.
     *
     * @return the status, {@link LiveEventStatus#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #statusValue()})
     */
    public LiveEventStatus status() {
        return LiveEventStatus.fromValue(statusValue);
    }
}
