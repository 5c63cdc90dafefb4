package io.soundport.adapters.local;

import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class InMemoryApiKeysAdapter implements ApiKeys {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ApiKeyId, ApiKey> rows;
    private final InMemoryTable<String, ApiKeyId> byHash;

    InMemoryApiKeysAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
        this.byHash = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(ApiKey key) {
        transactions.write(() -> {
            if (rows.contains(key.id()) || byHash.contains(key.keyHash())) {
                throw DomainException.conflict("API key " + key.id() + " already exists");
            }
            rows.put(key.id(), key);
            byHash.put(key.keyHash(), key.id());
            return null;
        });
    }

    @Override
    public Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id) {
        return rows.get(id).filter(k -> k.organizationId().equals(organizationId));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return byHash.get(keyHash).flatMap(rows::get);
    }

    @Override
    public Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page) {
        return KeysetPages.page(
                rows.rows().filter(k -> k.organizationId().equals(organizationId)
                        && k.applicationId().equals(applicationId)),
                k -> new Cursor(k.createdAt(), k.id().value()), page);
    }

    @Override
    public boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at) {
        return transactions.write(() -> {
            Optional<ApiKey> key = find(organizationId, id);
            key.filter(k -> k.revokedAt() == null).ifPresent(k -> rows.put(id, k.revoke(at)));
            return key.isPresent();
        });
    }

    @Override
    public int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at) {
        return transactions.write(() -> {
            List<ApiKey> live = rows.rows()
                    .filter(k -> k.organizationId().equals(organizationId) && k.applicationId().equals(applicationId)
                            && k.revokedAt() == null)
                    .toList();
            live.forEach(k -> rows.put(k.id(), k.revoke(at)));
            return live.size();
        });
    }

    @Override
    public void touch(ApiKeyId id, Instant at) {
        transactions.write(() -> {
            rows.get(id).ifPresent(k -> rows.put(id, k.usedAt(at)));
            return null;
        });
    }
}
