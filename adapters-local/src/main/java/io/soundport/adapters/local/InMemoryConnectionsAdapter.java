package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Connections keyed by organization, user and provider; an update finds the connection by that key and its id. */
final class InMemoryConnectionsAdapter implements Connections {
    private record Key(OrganizationId organizationId, UserId userId, Provider provider) {
    }

    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<Key, Connection> rows;

    InMemoryConnectionsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    private static Key keyOf(Connection connection) {
        return new Key(connection.organizationId(), connection.userId(), connection.provider());
    }

    @Override
    public void add(Connection connection) {
        transactions.write(() -> {
            if (rows.contains(keyOf(connection))) {
                throw DomainException.conflict("The user is already connected to "
                        + connection.provider().slug() + " in this organization", "provider");
            }
            rows.put(keyOf(connection), connection);
            return null;
        });
    }

    @Override
    public Optional<Connection> find(OrganizationId organizationId, UserId userId, Provider provider) {
        return rows.get(new Key(organizationId, userId, provider));
    }

    @Override
    public List<Connection> listFor(OrganizationId organizationId, UserId userId) {
        return rows.rows()
                .filter(c -> c.organizationId().equals(organizationId) && c.userId().equals(userId))
                .sorted(Comparator.comparing(Connection::provider))
                .toList();
    }

    @Override
    public Connection update(Connection connection) {
        return transactions.write(() -> {
            Connection current = rows.get(keyOf(connection)).filter(c -> c.id().equals(connection.id()))
                    .orElseThrow(() -> DomainException.notFound("Connection", connection.id().value()));
            if (current.version() != connection.version()) {
                throw DomainException.staleVersion("Connection", connection.id().value());
            }
            Connection stored = new Connection(connection.id(), connection.organizationId(), connection.userId(),
                    connection.provider(), connection.providerUserId(), connection.scopes(), connection.status(),
                    connection.sealedAccessToken(), connection.sealedRefreshToken(), connection.expiresAt(),
                    connection.connectedAt(), connection.updatedAt(), connection.version() + 1);
            rows.put(keyOf(stored), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, UserId userId, Provider provider) {
        return transactions.write(() -> rows.remove(new Key(organizationId, userId, provider)));
    }

    @Override
    public int removeAllOf(OrganizationId organizationId, UserId userId) {
        return transactions.write(() -> {
            List<Key> keys = rows.keysWhere(c -> c.organizationId().equals(organizationId)
                    && c.userId().equals(userId));
            keys.forEach(rows::remove);
            return keys.size();
        });
    }
}
