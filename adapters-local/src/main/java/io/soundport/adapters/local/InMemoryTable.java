package io.soundport.adapters.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Rows of one kind, readable without locking; changes must be made inside {@link InMemoryTransactionRunner#write}
 * and are recorded for rollback.
 */
final class InMemoryTable<K, V> {
    private final Map<K, V> rows = new ConcurrentHashMap<>();
    private final InMemoryTransactionRunner transactions;

    InMemoryTable(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    boolean contains(K key) {
        return rows.containsKey(key);
    }

    Stream<V> rows() {
        return rows.values().stream();
    }

    /** The keys of the rows that satisfy {@code condition}. */
    List<K> keysWhere(Predicate<V> condition) {
        return rows.entrySet().stream().filter(e -> condition.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    void put(K key, V value) {
        V previous = rows.put(key, value);
        transactions.onRollback(() -> restore(key, previous));
    }

    /** Removes a row; false when there was none. */
    boolean remove(K key) {
        V previous = rows.remove(key);
        if (previous == null) {
            return false;
        }
        transactions.onRollback(() -> rows.put(key, previous));
        return true;
    }

    private void restore(K key, V previous) {
        if (previous == null) {
            rows.remove(key);
        } else {
            rows.put(key, previous);
        }
    }
}
