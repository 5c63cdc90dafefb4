package io.soundport.adapters.musicbrainz;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * MusicBrainz's answers by URL, the least recently used dropped past {@code maxEntries}, each kept for the time its
 * kind deserves, so that a repeated call spends no request slot. Two callers missing the same URL at once both ask.
 */
final class AnswerCache {
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries;

    AnswerCache(int maxEntries) {
        this(maxEntries, System::nanoTime);
    }

    AnswerCache(int maxEntries, LongSupplier nanoTime) {
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > AnswerCache.this.maxEntries;
            }
        };
    }

    /**
     * The answer kept for {@code url}, or the one {@code load} gives, kept for {@code ttl.apply(answer)}. Every url
     * must always stand for answers of one type.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String url, Supplier<T> load, Function<T, Duration> ttl) {
        Object kept = find(url);
        if (kept != null) {
            return (T) kept;
        }
        T answer = load.get();
        Duration keep = ttl.apply(answer);
        if (maxEntries > 0 && answer != null && keep.compareTo(Duration.ZERO) > 0) {
            synchronized (entries) {
                entries.put(url, new Entry(answer, nanoTime.getAsLong() + keep.toNanos()));
            }
        }
        return answer;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private Object find(String url) {
        synchronized (entries) {
            Entry entry = entries.get(url);
            if (entry == null) {
                return null;
            }
            if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
                entries.remove(url);
                return null;
            }
            return entry.answer();
        }
    }

    private record Entry(Object answer, long expiresAt) {
    }
}
