package io.soundport.application.shared;

import io.soundport.domain.port.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small cache whose entries live at most {@code ttl}, so that what it answers is never staler than that.
 * Used to check credentials without a database round trip on every request.
 */
public final class BoundedCache<K, V> {
    private record Entry<V>(Optional<V> value, Instant expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public BoundedCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.now();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        Optional<V> loaded = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.entrySet().removeIf(e -> !now.isBefore(e.getValue().expiresAt()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(loaded, now.plus(ttl)));
        return loaded;
    }

    /** The value held for {@code key} if it is fresh; empty when none is held (or the held answer is "none"). */
    public Optional<V> peek(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && clock.now().isBefore(entry.expiresAt()) ? entry.value() : Optional.empty();
    }

    /**
     * Answers from the cache alone: {@code held} applied to the fresh answer for {@code key} (which may be "none"),
     * or {@code absent} when there is no fresh answer. Never loads.
     */
    public <R> R ifFresh(K key, Function<Optional<V>, R> held, Supplier<R> absent) {
        Entry<V> entry = entries.get(key);
        return entry != null && clock.now().isBefore(entry.expiresAt()) ? held.apply(entry.value()) : absent.get();
    }

    public void invalidate(K key) {
        entries.remove(key);
    }

    public void invalidateAll() {
        entries.clear();
    }
}
