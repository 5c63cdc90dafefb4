package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.port.RateLimitStore.WindowCounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link RateLimitStore} must do. Each test counts under keys of its own. */
public abstract class RateLimitStoreContract {
    private static final Duration WINDOW = Duration.ofHours(1);

    protected abstract PersistencePorts ports();

    private RateLimitStore store() {
        return ports().rateLimits();
    }

    private static String key() {
        return "contract:" + Fixtures.id("key");
    }

    /** The window that holds now (one per test), so that no adapter may already have forgotten it. */
    private final Instant now = RateLimitStore.windowStart(Instant.now(), WINDOW);

    @Test
    void add_answers_the_counts_after_adding() {
        String key = key();

        assertThat(store().add(key, now, WINDOW, 3)).isEqualTo(new WindowCounts(3, 0));
        assertThat(store().add(key, now, WINDOW, 2)).isEqualTo(new WindowCounts(5, 0));
    }

    @Test
    void peek_reads_the_counts_without_changing_them() {
        String key = key();
        store().add(key, now, WINDOW, 4);

        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(4, 0));
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(4, 0));
        assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(5, 0));
    }

    @Test
    void peek_of_a_key_never_counted_is_zero() {
        assertThat(store().peek(key(), now, WINDOW)).isEqualTo(WindowCounts.NONE);
    }

    @Test
    void the_previous_window_is_reported_beside_the_current_one() {
        String key = key();
        store().add(key, now.minus(WINDOW), WINDOW, 7);

        assertThat(store().add(key, now, WINDOW, 2)).isEqualTo(new WindowCounts(2, 7));
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(2, 7));
    }

    @Test
    void the_previous_window_is_reported_before_anything_is_added_to_the_current_one() {
        String key = key();
        store().add(key, now.minus(WINDOW), WINDOW, 7);

        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(0, 7));
    }

    @Test
    void a_window_two_back_is_not_reported_as_the_previous_one() {
        String key = key();
        store().add(key, now.minus(WINDOW.multipliedBy(2)), WINDOW, 9);

        assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(1, 0));
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(1, 0));
    }

    @Test
    void clear_forgets_every_window_of_the_key() {
        String key = key();
        store().add(key, now.minus(WINDOW), WINDOW, 3);
        store().add(key, now, WINDOW, 4);

        store().clear(key);

        assertThat(store().peek(key, now, WINDOW)).isEqualTo(WindowCounts.NONE);
        assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(1, 0));
    }

    @Test
    void clear_of_a_key_never_counted_does_nothing() {
        store().clear(key());
    }

    @Test
    void keys_count_apart() {
        String one = key();
        String other = key();
        store().add(one, now, WINDOW, 5);

        assertThat(store().add(other, now, WINDOW, 1)).isEqualTo(new WindowCounts(1, 0));
        store().clear(other);
        assertThat(store().peek(one, now, WINDOW)).isEqualTo(new WindowCounts(5, 0));
    }

    @Test
    void concurrent_adds_lose_nothing_and_each_sees_a_count_of_its_own() throws Exception {
        String key = key();
        ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, () -> {
            for (int i = 0; i < 250; i++) {
                seen.add(store().add(key, now, WINDOW, 1).current());
            }
            return null;
        });

        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(2000, 0));
        assertThat(seen).hasSize(2000).doesNotHaveDuplicates().allMatch(c -> c >= 1 && c <= 2000);
    }

    @Test
    void an_add_inside_a_unit_of_work_that_fails_still_counts() {
        String key = key();
        Organization written = Fixtures.organization();
        IllegalStateException crash = new IllegalStateException("crashed before the commit");

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            ports().organizations().add(written);
            assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(1, 0));
            // counted at once, not at the commit: seen inside the unit of work, by a read of its own
            assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(1, 0));
            throw crash;
        })).isSameAs(crash);

        assertThat(ports().organizations().find(written.id())).isEmpty();
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(1, 0));
    }

    @Test
    void an_add_inside_a_unit_of_work_that_commits_counts_once() {
        String key = key();

        ports().transactions().run(() -> store().add(key, now, WINDOW, 2));

        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(2, 0));
    }

    @Test
    void refuses_an_amount_below_one_and_counts_nothing() {
        String key = key();

        for (long amount : List.of(0L, -1L)) {
            assertThatThrownBy(() -> store().add(key, now, WINDOW, amount))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(WindowCounts.NONE);
    }

    @Test
    void refuses_a_window_that_is_not_positive() {
        String key = key();

        for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-1))) {
            assertThatThrownBy(() -> store().add(key, now, bad, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().peek(key, now, bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store().add(key, now, null, 1)).isInstanceOf(RuntimeException.class);
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(WindowCounts.NONE);
    }

    @Test
    void a_key_of_200_characters_counts_like_any_other() {
        String prefix = key() + ":é€";
        String key = prefix + "x".repeat(200 - prefix.length());
        assertThat(key).hasSize(200);

        assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(1, 0));
        assertThat(store().add(key, now, WINDOW, 1)).isEqualTo(new WindowCounts(2, 0));
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(new WindowCounts(2, 0));
        store().clear(key);
        assertThat(store().peek(key, now, WINDOW)).isEqualTo(WindowCounts.NONE);
    }
}
