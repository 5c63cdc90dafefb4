package io.soundport.adapters.local;

import io.soundport.domain.port.IdempotencyStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency records keyed by scope and key; an expired record counts as absent when claiming. Every call joins the
 * unit of work of the calling thread, if any, but takes only this store's own lock, never the one that serialises
 * units of work: a claim must answer while another request's unit of work (the one that will store its outcome) is
 * still open. A {@link RecordedOutcome} copies its payload in and out, so entries can share it.
 */
final class InMemoryIdempotencyStoreAdapter implements IdempotencyStore {
    private record Key(String scope, String key) {
    }

    private record Entry(String fingerprint, String token, Instant expiresAt, RecordedOutcome outcome) {
        Claim asClaim() {
            return outcome == null ? new Claim.InProgress(fingerprint) : new Claim.Completed(fingerprint, outcome);
        }

        boolean heldWith(String claimToken) {
            return outcome == null && token.equals(claimToken);
        }
    }

    private final Object lock = new Object();
    private final InMemoryTable<Key, Entry> rows;

    InMemoryIdempotencyStoreAdapter(InMemoryTransactionRunner transactions) {
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now, Instant leaseUntil) {
        Key k = new Key(scope, key);
        synchronized (lock) {
            Optional<Entry> existing = rows.get(k).filter(e -> e.expiresAt().isAfter(now));
            if (existing.isPresent()) {
                return existing.get().asClaim();
            }
            String token = UUID.randomUUID().toString();
            rows.put(k, new Entry(fingerprint, token, leaseUntil, null));
            return new Claim.Claimed(token);
        }
    }

    @Override
    public void complete(String scope, String key, String token, RecordedOutcome outcome, Instant keepUntil) {
        Key k = new Key(scope, key);
        synchronized (lock) {
            Entry held = rows.get(k).filter(e -> e.heldWith(token))
                    .orElseThrow(IdempotencyStore::claimLost);
            rows.put(k, new Entry(held.fingerprint(), token, keepUntil, outcome));
        }
    }

    @Override
    public void release(String scope, String key, String token) {
        Key k = new Key(scope, key);
        synchronized (lock) {
            if (rows.get(k).filter(e -> e.heldWith(token)).isPresent()) {
                rows.remove(k);
            }
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        synchronized (lock) {
            List<Key> expired = List.copyOf(rows.keysWhere(e -> e.expiresAt().isBefore(now)));
            expired.forEach(rows::remove);
            return expired.size();
        }
    }

    @Override
    public Optional<Claim> find(String scope, String key) {
        return rows.get(new Key(scope, key)).map(Entry::asClaim);
    }
}
