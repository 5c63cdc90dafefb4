package io.soundport.adapters.local;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryApplicationsAdapter implements Applications {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ApplicationId, Application> rows;

    InMemoryApplicationsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Application application) {
        transactions.write(() -> {
            if (rows.contains(application.id())) {
                throw DomainException.conflict("Application " + application.id() + " already exists");
            }
            rows.put(application.id(), application);
            return null;
        });
    }

    @Override
    public Optional<Application> find(OrganizationId organizationId, ApplicationId id) {
        return rows.get(id).filter(a -> a.organizationId().equals(organizationId));
    }

    @Override
    public Application update(Application application) {
        return transactions.write(() -> {
            Application current = find(application.organizationId(), application.id())
                    .orElseThrow(() -> DomainException.notFound("Application", application.id().value()));
            if (current.version() != application.version()) {
                throw DomainException.staleVersion("Application", application.id().value());
            }
            Application stored = new Application(application.id(), application.organizationId(), application.name(),
                    application.email(), application.domain(), application.createdAt(), application.updatedAt(),
                    application.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, ApplicationId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<Application> list(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(a -> a.organizationId().equals(organizationId)),
                a -> new Cursor(a.createdAt(), a.id().value()), page);
    }
}
