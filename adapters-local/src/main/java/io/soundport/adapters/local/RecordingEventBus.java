package io.soundport.adapters.local;

import io.soundport.domain.port.EventBus;
import io.soundport.domain.shared.PublishedEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The event bus of a server without one: keeps the last {@code capacity} events published, oldest first, for tests
 * and for a developer to look at. Accepts everything.
 */
public final class RecordingEventBus implements EventBus {
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final Deque<PublishedEvent> published;

    public RecordingEventBus() {
        this(DEFAULT_CAPACITY);
    }

    public RecordingEventBus(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.published = new ArrayDeque<>(Math.min(capacity, DEFAULT_CAPACITY));
    }

    @Override
    public synchronized void publish(List<PublishedEvent> events) {
        for (PublishedEvent event : events) {
            Objects.requireNonNull(event, "event");
        }
        for (PublishedEvent event : events) {
            if (published.size() == capacity) {
                published.removeFirst();
            }
            published.addLast(event);
        }
    }

    /** The events kept, oldest first. */
    public synchronized List<PublishedEvent> published() {
        return List.copyOf(published);
    }

    public synchronized void clear() {
        published.clear();
    }
}
