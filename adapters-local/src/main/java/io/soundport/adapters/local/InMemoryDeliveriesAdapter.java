package io.soundport.adapters.local;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryDeliveriesAdapter implements Deliveries {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<DeliveryId, Delivery> rows;

    InMemoryDeliveriesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Delivery delivery) {
        transactions.write(() -> {
            if (rows.contains(delivery.id())) {
                throw DomainException.conflict("A delivery with this id already exists", "id");
            }
            rows.put(delivery.id(), delivery);
            return null;
        });
    }

    @Override
    public Optional<Delivery> find(OrganizationId organizationId, DeliveryId id) {
        return rows.get(id).filter(d -> d.organizationId().equals(organizationId));
    }

    @Override
    public Delivery update(Delivery d) {
        return transactions.write(() -> {
            Delivery current = find(d.organizationId(), d.id())
                    .orElseThrow(() -> DomainException.notFound("Delivery", d.id().value()));
            if (current.version() != d.version()) {
                throw DomainException.staleVersion("Delivery", d.id().value());
            }
            // What is delivered and to whom never changes: only the delivery state is taken from the caller.
            Delivery stored = new Delivery(current.id(), current.organizationId(), current.releaseId(),
                    current.partnerId(), current.kind(), d.status(), d.attempts(), d.partnerReference(),
                    d.nextAttemptAt(), current.createdAt(), d.updatedAt(), d.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Page<Delivery> list(OrganizationId organizationId, DeliveryFilter filter, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(d -> d.organizationId().equals(organizationId)
                        && filter.matches(d)),
                d -> new Cursor(d.createdAt(), d.id().value()), page);
    }

    @Override
    public List<Delivery> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return rows.rows()
                .filter(d -> d.organizationId().equals(organizationId) && d.releaseId().equals(releaseId))
                .sorted(Comparator.comparing(Delivery::createdAt).thenComparing(d -> d.id().value()))
                .toList();
    }
}
