package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.shared.DomainException;

import java.util.Optional;

/** Track imports by id, each found only within its organization; an update stores every field at the next version. */
final class InMemoryTrackSyncsAdapter implements TrackSyncs {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<TrackSyncId, TrackSync> rows;

    InMemoryTrackSyncsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(TrackSync sync) {
        transactions.write(() -> {
            if (rows.contains(sync.id())) {
                throw DomainException.conflict("A track import with this id already exists", "id");
            }
            rows.put(sync.id(), sync);
            return null;
        });
    }

    @Override
    public Optional<TrackSync> find(OrganizationId organizationId, TrackSyncId id) {
        return rows.get(id).filter(s -> s.organizationId().equals(organizationId));
    }

    @Override
    public TrackSync update(TrackSync s) {
        return transactions.write(() -> {
            TrackSync current = find(s.organizationId(), s.id())
                    .orElseThrow(() -> DomainException.notFound("Track import", s.id().value()));
            if (current.version() != s.version()) {
                throw DomainException.staleVersion("Track import", s.id().value());
            }
            TrackSync stored = new TrackSync(s.id(), s.organizationId(), s.userId(), s.provider(), s.source(),
                    s.timeRange(), s.limit(), s.status(), s.counts(), s.failureReason(), s.createdAt(),
                    s.updatedAt(), s.finishedAt(), s.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }
}
