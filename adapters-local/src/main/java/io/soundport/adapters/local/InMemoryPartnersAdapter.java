package io.soundport.adapters.local;

import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryPartnersAdapter implements Partners {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<PartnerId, Partner> rows;

    InMemoryPartnersAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Partner partner) {
        transactions.write(() -> {
            if (rows.contains(partner.id())) {
                throw DomainException.conflict("A partner with this id already exists", "id");
            }
            rows.put(partner.id(), partner);
            return null;
        });
    }

    @Override
    public Optional<Partner> find(OrganizationId organizationId, PartnerId id) {
        return rows.get(id).filter(p -> p.organizationId().equals(organizationId));
    }

    @Override
    public Partner update(Partner p) {
        return transactions.write(() -> {
            Partner current = find(p.organizationId(), p.id())
                    .orElseThrow(() -> DomainException.notFound("Partner", p.id().value()));
            if (current.version() != p.version()) {
                throw DomainException.staleVersion("Partner", p.id().value());
            }
            // The protocol is chosen once, when the partner is created.
            Partner stored = new Partner(p.id(), p.organizationId(), p.name(), current.protocol(), p.endpoint(),
                    p.territories(), p.active(), p.credentialsCiphertext(), current.createdAt(), p.updatedAt(),
                    p.version() + 1, p.dpid(), p.test(), p.takedown());
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, PartnerId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<Partner> list(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(p -> p.organizationId().equals(organizationId)),
                p -> new Cursor(p.createdAt(), p.id().value()), page);
    }

    @Override
    public List<Partner> active(OrganizationId organizationId) {
        return rows.rows()
                .filter(p -> p.organizationId().equals(organizationId) && p.active())
                .sorted(Comparator.comparing(Partner::createdAt).thenComparing(p -> p.id().value()))
                .toList();
    }
}
