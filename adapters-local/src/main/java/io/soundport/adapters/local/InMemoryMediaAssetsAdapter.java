package io.soundport.adapters.local;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;

import java.util.List;
import java.util.Optional;

final class InMemoryMediaAssetsAdapter implements MediaAssets {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<Key, MediaAsset> rows;

    InMemoryMediaAssetsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    private record Key(OrganizationId organizationId, AssetSubject subject) {
    }

    @Override
    public Optional<MediaAsset> put(MediaAsset asset) {
        return transactions.write(() -> {
            Key key = new Key(asset.organizationId(), asset.subject());
            Optional<MediaAsset> previous = rows.get(key);
            rows.put(key, asset);
            return previous;
        });
    }

    @Override
    public Optional<MediaAsset> find(OrganizationId organizationId, AssetSubject subject) {
        return rows.get(new Key(organizationId, subject));
    }

    @Override
    public Optional<MediaAsset> remove(OrganizationId organizationId, AssetSubject subject) {
        return transactions.write(() -> {
            Key key = new Key(organizationId, subject);
            Optional<MediaAsset> previous = rows.get(key);
            rows.remove(key);
            return previous;
        });
    }

    @Override
    public List<MediaAsset> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return rows.rows().filter(a -> a.organizationId().equals(organizationId) && releaseId.equals(a.releaseId()))
                .toList();
    }
}
