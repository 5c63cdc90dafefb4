package io.soundport.resilience;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IntervalPacerTest {
    private static final Duration LONG = Duration.ofMinutes(1);

    /** Runs {@code count} turns at once; answers the nanoTime each got its turn, and the refusals. */
    private static List<Object> turnsAtOnce(Pacer pacer, int count) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Object> results = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                pool.execute(() -> {
                    try {
                        go.await();
                        pacer.awaitTurn(LONG);
                        results.add(System.nanoTime());
                    } catch (DomainException refused) {
                        results.add(refused);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            go.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        }
        return results;
    }

    private static List<Long> gapsMs(List<Object> results) {
        List<Long> starts = results.stream().filter(Long.class::isInstance).map(Long.class::cast).sorted().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            gaps.add(TimeUnit.NANOSECONDS.toMillis(starts.get(i) - starts.get(i - 1)));
        }
        return gaps;
    }

    @Test
    void spaces_turns_taken_at_once_by_the_interval() throws InterruptedException {
        List<Object> results = turnsAtOnce(IntervalPacer.own(Duration.ofMillis(200), LONG, "Acme"), 5);

        assertThat(results).hasSize(5).allMatch(Long.class::isInstance);
        assertThat(gapsMs(results)).hasSize(4).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(199));
    }

    @Test
    void refuses_at_once_a_turn_further_away_than_its_max_wait_and_says_when() throws InterruptedException {
        // turns at 0, 1 s and 2 s; the third is further than 1.5 s away
        long start = System.nanoTime();
        List<Object> results = turnsAtOnce(IntervalPacer.own(Duration.ofSeconds(1), Duration.ofMillis(1_500),
                "Acme"), 3);

        List<DomainException> refused = results.stream().filter(DomainException.class::isInstance)
                .map(DomainException.class::cast).toList();
        assertThat(refused).hasSize(1);
        DomainException e = refused.get(0);
        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("Acme is busy");
        assertThat(e.retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(1_500), Duration.ofSeconds(2)));
        assertThat(gapsMs(results)).singleElement().satisfies(gap -> assertThat(gap).isGreaterThanOrEqualTo(999));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
    }

    @Test
    void a_turn_is_never_further_away_than_what_is_left_of_the_call() {
        Pacer pacer = IntervalPacer.own(Duration.ofSeconds(1), Duration.ofSeconds(10), "Acme");
        pacer.awaitTurn(LONG);

        DomainException e = catchThrowableOfType(DomainException.class,
                () -> pacer.awaitTurn(Duration.ofMillis(200)));

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void the_next_turn_counts_from_when_the_request_was_written() throws InterruptedException {
        Pacer pacer = IntervalPacer.own(Duration.ofMillis(500), LONG, "Acme");
        pacer.awaitTurn(LONG);
        Thread.sleep(300);   // a slow connection
        pacer.sending();
        long written = System.nanoTime();

        pacer.awaitTurn(LONG);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written)).isGreaterThanOrEqualTo(499);
    }

    @Test
    void pacers_shared_under_one_key_keep_one_schedule() {
        String key = "acme.example:" + UUID.randomUUID();
        Pacer first = IntervalPacer.shared(key, Duration.ofMillis(300), LONG, "Acme");
        Pacer second = IntervalPacer.shared(key, Duration.ofMillis(300), LONG, "Acme");
        Pacer elsewhere = IntervalPacer.shared(key + "-other", Duration.ofMillis(300), LONG, "Acme");

        first.awaitTurn(LONG);
        long start = System.nanoTime();
        elsewhere.awaitTurn(LONG);
        long afterElsewhere = System.nanoTime();
        second.awaitTurn(LONG);
        long afterSecond = System.nanoTime();

        assertThat(TimeUnit.NANOSECONDS.toMillis(afterElsewhere - start)).isLessThan(100);
        assertThat(TimeUnit.NANOSECONDS.toMillis(afterSecond - start)).isGreaterThanOrEqualTo(250);
    }
}
