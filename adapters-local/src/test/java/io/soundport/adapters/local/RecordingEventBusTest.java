package io.soundport.adapters.local;

import io.soundport.contracts.EventBusContract;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingEventBusTest {

    @Test
    void keeps_only_the_last_events_up_to_its_capacity() {
        RecordingEventBus bus = new RecordingEventBus(3);
        List<PublishedEvent> events = IntStream.range(0, 5).mapToObj(EventBusContract::event).toList();

        bus.publish(events.subList(0, 2));
        bus.publish(events.subList(2, 5));

        assertThat(bus.published()).containsExactlyElementsOf(events.subList(2, 5));
    }

    @Test
    void publishers_on_many_threads_lose_nothing_and_a_batch_stays_together() throws Exception {
        RecordingEventBus bus = new RecordingEventBus(10_000);
        List<List<PublishedEvent>> batches = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batches.add(List.of(EventBusContract.event(i), EventBusContract.event(i)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        batches.forEach(batch -> threads.submit(() -> bus.publish(batch)));
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<PublishedEvent> published = bus.published();
        assertThat(published).hasSize(100);
        for (int i = 0; i < published.size(); i += 2) {
            assertThat(batches).contains(List.of(published.get(i), published.get(i + 1)));
        }
    }

    @Test
    void refuses_a_batch_with_a_null_event_whole_and_a_capacity_below_one() {
        RecordingEventBus bus = new RecordingEventBus();
        List<PublishedEvent> withNull = new ArrayList<>();
        withNull.add(EventBusContract.event(1));
        withNull.add(null);

        assertThatThrownBy(() -> bus.publish(withNull)).isInstanceOf(NullPointerException.class);
        assertThat(bus.published()).isEmpty();
        assertThatThrownBy(() -> new RecordingEventBus(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
