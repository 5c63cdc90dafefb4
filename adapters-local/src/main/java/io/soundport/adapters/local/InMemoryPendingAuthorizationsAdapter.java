package io.soundport.adapters.local;

import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Authorizations under way keyed by their state hash; a take is a removal under the write lock. */
final class InMemoryPendingAuthorizationsAdapter implements PendingAuthorizations {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<String, PendingAuthorization> rows;

    InMemoryPendingAuthorizationsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(PendingAuthorization pending) {
        transactions.write(() -> {
            if (rows.contains(pending.stateHash())) {
                throw DomainException.conflict("An authorization with this state is already under way", "state_hash");
            }
            rows.put(pending.stateHash(), pending);
            return null;
        });
    }

    @Override
    public Optional<PendingAuthorization> take(String stateHash) {
        return transactions.write(() -> {
            Optional<PendingAuthorization> found = rows.get(stateHash);
            found.ifPresent(p -> rows.remove(stateHash));
            return found;
        });
    }

    @Override
    public int removeExpired(Instant now) {
        return transactions.write(() -> {
            List<String> expired = rows.keysWhere(p -> p.expiresAt().isBefore(now));
            expired.forEach(rows::remove);
            return expired.size();
        });
    }
}
