package io.soundport.adapters.local;

import io.soundport.domain.port.RateLimitStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate-limit counters in one map, outside every unit of work (a counter never rolls back). Windows older than the one
 * before the newest are dropped when a key is counted again.
 */
final class InMemoryRateLimitStoreAdapter implements RateLimitStore {
    private record Window(Instant start, long count) {
    }

    /** Per key, its newest window and the one before it. */
    private record Counter(Window newest, Window before) {
        long countOf(Instant start) {
            if (newest != null && newest.start().equals(start)) {
                return newest.count();
            }
            return before != null && before.start().equals(start) ? before.count() : 0;
        }
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Override
    public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
        RateLimitStore.checkArguments(key, windowStart, window);
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1");
        }
        Instant previousStart = windowStart.minus(window);
        Counter counter = counters.compute(key, (k, c) -> {
            long current = c == null ? 0 : c.countOf(windowStart);
            long previous = c == null ? 0 : c.countOf(previousStart);
            if (c != null && c.newest() != null && c.newest().start().isAfter(windowStart)) {
                return c;   // a late call for a window already superseded changes nothing kept
            }
            return new Counter(new Window(windowStart, current + amount), new Window(previousStart, previous));
        });
        return counts(counter, windowStart, previousStart);
    }

    @Override
    public WindowCounts peek(String key, Instant windowStart, Duration window) {
        RateLimitStore.checkArguments(key, windowStart, window);
        Counter counter = counters.get(key);
        return counter == null ? WindowCounts.NONE : counts(counter, windowStart, windowStart.minus(window));
    }

    @Override
    public void clear(String key) {
        counters.remove(Objects.requireNonNull(key, "key"));
    }

    private static WindowCounts counts(Counter counter, Instant start, Instant previousStart) {
        return new WindowCounts(counter.countOf(start), counter.countOf(previousStart));
    }
}
