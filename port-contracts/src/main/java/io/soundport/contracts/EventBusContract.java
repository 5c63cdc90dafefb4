package io.soundport.contracts;

import io.soundport.domain.port.EventBus;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link EventBus} must do: get each event of a batch to the bus whole (ids, type, tenant, aggregate,
 * release, time, data and trace), in order, however many there are; do nothing for none. A suite reads back what the
 * bus received with {@link #received()}.
 */
public abstract class EventBusContract {

    protected abstract EventBus bus();

    /** The events the bus received so far, oldest first, as they were published. */
    protected abstract List<PublishedEvent> received();

    /** An event of its own, with nested data of every JSON shape. */
    public static PublishedEvent event(int n) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "Homogenic «deluxe» \"" + n + "\"\n✓ 🎵");
        data.put("track_count", 10 + n);
        data.put("explicit", n % 2 == 0);
        data.put("label", null);
        data.put("territories", List.of("IS", "GB"));
        data.put("artist", Map.of("name", "Björk"));
        return new PublishedEvent(Fixtures.id("evt"), "release.submitted", Fixtures.id("org"), Fixtures.id("rel"),
                n % 3 == 0 ? null : Fixtures.id("rel"),
                Instant.parse("2026-12-03T10:15:30.123456Z").plus(n, ChronoUnit.SECONDS), data,
                n % 2 == 0 ? "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" : null);
    }

    private static List<PublishedEvent> events(int count) {
        return IntStream.range(0, count).mapToObj(EventBusContract::event).toList();
    }

    @Test
    void publishes_one_event_whole() {
        PublishedEvent event = event(0);

        bus().publish(List.of(event));

        assertThat(received()).containsExactly(event);
    }

    @Test
    void keeps_the_order_of_a_batch_and_of_batches_after_it() {
        List<PublishedEvent> first = events(3);
        List<PublishedEvent> second = events(2);

        bus().publish(first);
        bus().publish(second);

        List<PublishedEvent> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(received()).containsExactlyElementsOf(all);
    }

    @Test
    void publishes_every_event_of_a_batch_larger_than_a_bus_request_takes() {
        List<PublishedEvent> many = events(25);

        bus().publish(many);

        assertThat(received()).containsExactlyElementsOf(many);
    }

    @Test
    void publishing_nothing_does_nothing() {
        bus().publish(List.of());

        assertThat(received()).isEmpty();
    }
}
