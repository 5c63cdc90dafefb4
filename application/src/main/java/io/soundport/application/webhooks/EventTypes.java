package io.soundport.application.webhooks;

import io.soundport.domain.publishing.EventCatalog;
import io.soundport.domain.publishing.EventPayloads;

import java.util.List;
import java.util.Map;

/**
 * The event types an endpoint can subscribe to, each with what it means and an example of its {@code data}: the
 * {@link EventCatalog} of the domain, with examples in the published shape.
 */
public final class EventTypes {
    /** One entry of the catalog. */
    public record EventType(String type, String description, Map<String, Object> example) {
    }

    private final List<EventType> all;

    public EventTypes(EventPayloads payloads) {
        this.all = EventCatalog.all().stream()
                .map(e -> new EventType(e.type(), e.description(), payloads.exampleOf(e.type())
                        .orElseThrow(() -> new IllegalStateException("no example payload of " + e.type()))))
                .toList();
    }

    public List<EventType> all() {
        return all;
    }

    public static boolean exists(String type) {
        return EventCatalog.exists(type);
    }
}
