package io.soundport.adapters.local;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryOrganizationsAdapter implements Organizations {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<OrganizationId, Organization> rows;

    InMemoryOrganizationsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Organization organization) {
        transactions.write(() -> {
            if (rows.contains(organization.id())) {
                throw DomainException.conflict("Organization " + organization.id() + " already exists");
            }
            rows.put(organization.id(), organization);
            return null;
        });
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return rows.get(id);
    }

    @Override
    public Organization update(Organization organization) {
        return transactions.write(() -> {
            Organization current = rows.get(organization.id())
                    .orElseThrow(() -> DomainException.notFound("Organization", organization.id().value()));
            if (current.version() != organization.version()) {
                throw DomainException.staleVersion("Organization", organization.id().value());
            }
            Organization stored = organization.atVersion(organization.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Page<Organization> search(OrganizationFilter filter, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(filter::matches), o -> new Cursor(o.createdAt(), o.id().value()),
                page);
    }
}
