package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.event.Event;

import java.util.Map;

/**
 * An event type a webhook endpoint can subscribe to.
 *
 * @param typeValue   the type as sent; {@link #type()} reads it as an enum
 * @param description what it means
 * @param example     an example of the {@code data} a message of this type carries; JSON objects as maps, arrays as
 *                    lists
 */
public record EventType(@JsonProperty("type") String typeValue, String description, Map<String, Object> example) {
    /**
     * The event type.
     *
     * @return the type, {@link Event.Type#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #typeValue()})
     */
    public Event.Type type() {
        return Event.Type.fromValue(typeValue);
    }
}
