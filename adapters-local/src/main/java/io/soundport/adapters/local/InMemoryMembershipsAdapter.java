package io.soundport.adapters.local;

import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryMembershipsAdapter implements Memberships {
    private record Key(OrganizationId organizationId, UserId userId) {
    }

    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<Key, Membership> rows;

    InMemoryMembershipsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    private static Key keyOf(Membership membership) {
        return new Key(membership.organizationId(), membership.userId());
    }

    @Override
    public void add(Membership membership) {
        transactions.write(() -> {
            if (rows.contains(keyOf(membership))) {
                throw DomainException.conflict("User " + membership.userId() + " already belongs to organization "
                        + membership.organizationId());
            }
            rows.put(keyOf(membership), membership);
            return null;
        });
    }

    @Override
    public Optional<Membership> find(OrganizationId organizationId, UserId userId) {
        return rows.get(new Key(organizationId, userId));
    }

    @Override
    public List<Membership> ofUser(UserId userId) {
        return rows.rows()
                .filter(m -> m.userId().equals(userId))
                .sorted(Comparator.comparing(Membership::createdAt).thenComparing(m -> m.organizationId().value()))
                .toList();
    }

    @Override
    public Page<Membership> ofOrganization(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(m -> m.organizationId().equals(organizationId)),
                m -> new Cursor(m.createdAt(), m.userId().value()), page);
    }

    @Override
    public Membership update(Membership membership) {
        return transactions.write(() -> {
            Membership current = rows.get(keyOf(membership)).orElseThrow(() -> DomainException.notFound(
                    "Membership", membership.organizationId() + "/" + membership.userId()));
            if (current.version() != membership.version()) {
                throw DomainException.staleVersion("Membership",
                        membership.organizationId() + "/" + membership.userId());
            }
            Membership stored = membership.nextVersion();
            rows.put(keyOf(stored), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, UserId userId) {
        return transactions.write(() -> rows.remove(new Key(organizationId, userId)));
    }

    @Override
    public int countWithRole(OrganizationId organizationId, Role role) {
        return (int) rows.rows().filter(m -> m.organizationId().equals(organizationId) && m.role() == role).count();
    }
}
