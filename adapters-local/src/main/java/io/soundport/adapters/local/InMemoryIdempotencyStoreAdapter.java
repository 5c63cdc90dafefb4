package io.soundport.adapters.local;

import io.soundport.domain.port.IdempotencyStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency records keyed by scope and key; an expired record counts as absent when claiming. Every call joins the
 * unit of work of the calling thread, if any. A {@link RecordedOutcome} copies its payload in and out, so entries
 * can share it.
 */
final class InMemoryIdempotencyStoreAdapter implements IdempotencyStore {
    private record Key(String scope, String key) {
    }

    private record Entry(String fingerprint, Instant expiresAt, RecordedOutcome outcome) {
        Claim asClaim() {
            return outcome == null ? new Claim.InProgress(fingerprint) : new Claim.Completed(fingerprint, outcome);
        }
    }

    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<Key, Entry> rows;

    InMemoryIdempotencyStoreAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now, Instant expiresAt) {
        Key k = new Key(scope, key);
        return transactions.write(() -> {
            Optional<Entry> existing = rows.get(k).filter(e -> e.expiresAt().isAfter(now));
            if (existing.isPresent()) {
                return existing.get().asClaim();
            }
            rows.put(k, new Entry(fingerprint, expiresAt, null));
            return new Claim.Claimed();
        });
    }

    @Override
    public void complete(String scope, String key, RecordedOutcome outcome) {
        Key k = new Key(scope, key);
        transactions.write(() -> {
            // A record released or purged meanwhile has no claimer left to replay for: nothing to keep.
            rows.get(k).ifPresent(e -> rows.put(k, new Entry(e.fingerprint(), e.expiresAt(), outcome)));
            return null;
        });
    }

    @Override
    public void release(String scope, String key) {
        transactions.write(() -> rows.remove(new Key(scope, key)));
    }

    @Override
    public int purgeExpired(Instant now) {
        return transactions.write(() -> {
            List<Key> expired = List.copyOf(rows.keysWhere(e -> e.expiresAt().isBefore(now)));
            expired.forEach(rows::remove);
            return expired.size();
        });
    }

    @Override
    public Optional<Claim> find(String scope, String key) {
        return rows.get(new Key(scope, key)).map(Entry::asClaim);
    }
}
