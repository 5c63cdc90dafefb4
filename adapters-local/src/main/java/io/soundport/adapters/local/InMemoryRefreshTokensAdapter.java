package io.soundport.adapters.local;

import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshToken.Status;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;

final class InMemoryRefreshTokensAdapter implements RefreshTokens {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<RefreshTokenId, RefreshToken> rows;
    private final InMemoryTable<String, RefreshTokenId> byHash;

    InMemoryRefreshTokensAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
        this.byHash = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(RefreshToken token) {
        transactions.write(() -> {
            if (rows.contains(token.id()) || byHash.contains(token.tokenHash())) {
                throw DomainException.conflict("Refresh token " + token.id() + " already exists");
            }
            rows.put(token.id(), token);
            byHash.put(token.tokenHash(), token.id());
            return null;
        });
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return byHash.get(tokenHash).flatMap(rows::get);
    }

    @Override
    public boolean markUsed(RefreshTokenId id) {
        return transactions.write(() -> {
            Optional<RefreshToken> current = rows.get(id);
            if (current.isEmpty() || current.get().status() != Status.ACTIVE) {
                return false;
            }
            rows.put(id, withStatus(current.get(), Status.USED));
            return true;
        });
    }

    @Override
    public int revokeFamily(String familyId) {
        return transactions.write(() -> {
            List<RefreshToken> active = rows.rows()
                    .filter(t -> t.familyId().equals(familyId) && t.status() == Status.ACTIVE)
                    .toList();
            active.forEach(t -> rows.put(t.id(), withStatus(t, Status.REVOKED)));
            return active.size();
        });
    }

    private static RefreshToken withStatus(RefreshToken t, Status status) {
        return new RefreshToken(t.id(), t.familyId(), t.userId(), t.organizationId(), t.tokenHash(), t.issuedAt(),
                t.expiresAt(), status);
    }
}
