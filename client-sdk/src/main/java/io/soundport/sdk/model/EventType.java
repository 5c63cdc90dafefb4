package io.soundport.sdk.model;

import java.util.Map;

/**
 * An event type a webhook endpoint can subscribe to.
 *
 * @param type        its name, such as {@code release.created}
 * @param description what it means
 * @param example     an example of the {@code data} a message of this type carries; JSON objects as maps, arrays as
 *                    lists
 */
public record EventType(String type, String description, Map<String, Object> example) {
}
