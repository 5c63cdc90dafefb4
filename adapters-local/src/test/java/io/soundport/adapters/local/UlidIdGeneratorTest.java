package io.soundport.adapters.local;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UlidIdGeneratorTest {

    @Test
    void makes_an_id_of_the_prefix_an_underscore_and_a_26_character_crockford_ulid() {
        String id = new UlidIdGenerator().next("rel");

        assertThat(id).matches("rel_[0-9A-HJKMNP-TV-Z]{26}");
    }

    @Test
    void encodes_the_time_in_the_first_ten_characters() {
        String id = new UlidIdGenerator(() -> 1_469_918_176_385L).nextUlid();

        // The example of the ULID specification.
        assertThat(id).startsWith("01ARYZ6S41");
    }

    @Test
    void ids_made_later_sort_after_earlier_ones() {
        AtomicLong now = new AtomicLong(1_700_000_000_000L);
        UlidIdGenerator ids = new UlidIdGenerator(now::get);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            if (i % 7 == 0) {
                now.addAndGet(1);
            }
            made.add(ids.next("trk"));
        }

        List<String> sorted = new ArrayList<>(made);
        Collections.sort(sorted);
        assertThat(sorted).containsExactlyElementsOf(made).doesNotHaveDuplicates();
    }

    @Test
    void stays_increasing_within_one_millisecond_and_when_the_clock_steps_back() {
        AtomicLong now = new AtomicLong(1_700_000_000_000L);
        UlidIdGenerator ids = new UlidIdGenerator(now::get);

        String first = ids.nextUlid();
        String sameMillisecond = ids.nextUlid();
        now.addAndGet(-5_000);
        String afterStepBack = ids.nextUlid();

        assertThat(sameMillisecond).isGreaterThan(first);
        assertThat(afterStepBack).isGreaterThan(sameMillisecond);
    }

    @Test
    void ids_made_on_many_threads_are_unique() throws Exception {
        UlidIdGenerator ids = new UlidIdGenerator();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 5_000; i++) {
                        seen.add(ids.next("evt"));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen).hasSize(40_000);
    }

    @Test
    void rejects_a_prefix_that_would_make_an_invalid_id() {
        UlidIdGenerator ids = new UlidIdGenerator();

        assertThatThrownBy(() -> ids.next("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.next("Rel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.next("re_l")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.next(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void its_ids_are_accepted_by_the_typed_ids_of_the_domain() {
        UlidIdGenerator ids = new UlidIdGenerator();

        assertThat(io.soundport.domain.catalog.ReleaseId.generate(ids).value()).startsWith("rel_");
        assertThat(io.soundport.domain.identity.OrganizationId.generate(ids).value()).startsWith("org_");
    }
}
