package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.Provider;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connections in {@code integration_connections}, unique per organization, user and provider, the scopes a
 * {@code text[]} in the provider's order. An update is found by id within the organization, at its version.
 */
final class PostgresConnectionsAdapter implements Connections {
    private static final ConnectionMapper MAPPER = new ConnectionMapper();
    private final JdbiTransactionRunner db;

    PostgresConnectionsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("integration_connections_org_user_provider_key",
                        "The user is already connected to this provider in this organization", "provider"),
                new UniqueConstraint("integration_connections_pkey", "A connection with this id already exists",
                        "id"));
    }

    @Override
    public void add(Connection c) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO integration_connections (id, organization_id, user_id, provider, provider_user_id,
                            scopes, status, sealed_access_token, sealed_refresh_token, expires_at, connected_at,
                            updated_at, version)
                        VALUES (:id, :organization_id, :user_id, :provider, :provider_user_id,
                            CAST(:scopes AS text[]), :status, :sealed_access_token, :sealed_refresh_token, :expires_at,
                            :connected_at, :updated_at, :version)""")
                .bind("id", c.id().value())
                .bind("organization_id", c.organizationId().value())
                .bind("user_id", c.userId().value())
                .bind("provider", c.provider().name())
                .bind("version", c.version())
                .bindMap(changeable(c))
                .bindArray("scopes", String.class, c.scopes())
                .execute());
    }

    @Override
    public Optional<Connection> find(OrganizationId organizationId, UserId userId, Provider provider) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM integration_connections
                        WHERE organization_id = :organization_id AND user_id = :user_id AND provider = :provider""")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .bind("provider", provider.name())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<Connection> listFor(OrganizationId organizationId, UserId userId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM integration_connections
                        WHERE organization_id = :organization_id AND user_id = :user_id""")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .map(MAPPER)
                .list())
                .stream().sorted(Comparator.comparing(Connection::provider)).toList();
    }

    @Override
    public Connection update(Connection c) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE integration_connections SET provider_user_id = :provider_user_id,
                            scopes = CAST(:scopes AS text[]), status = :status,
                            sealed_access_token = :sealed_access_token, sealed_refresh_token = :sealed_refresh_token,
                            expires_at = :expires_at, connected_at = :connected_at, updated_at = :updated_at,
                            version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", c.id().value())
                .bind("organization_id", c.organizationId().value())
                .bind("version", c.version())
                .bindMap(changeable(c))
                .bindArray("scopes", String.class, c.scopes())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "integration_connections", "Connection", c.id().value(),
                        c.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, UserId userId, Provider provider) {
        return db.withHandle(h -> h.createUpdate("""
                        DELETE FROM integration_connections
                        WHERE organization_id = :organization_id AND user_id = :user_id AND provider = :provider""")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .bind("provider", provider.name())
                .execute()) > 0;
    }

    @Override
    public int removeAllOf(OrganizationId organizationId, UserId userId) {
        return db.withHandle(h -> h.createUpdate("""
                        DELETE FROM integration_connections
                        WHERE organization_id = :organization_id AND user_id = :user_id""")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .execute());
    }

    /** What an update may change: everything but the id, the organization, the user and the provider. */
    private static Map<String, Object> changeable(Connection c) {
        Map<String, Object> params = new HashMap<>();
        params.put("provider_user_id", c.providerUserId());
        params.put("status", c.status().name());
        params.put("sealed_access_token", c.sealedAccessToken());
        params.put("sealed_refresh_token", c.sealedRefreshToken());
        params.put("expires_at", Sql.ts(c.expiresAt()));
        params.put("connected_at", Sql.ts(c.connectedAt()));
        params.put("updated_at", Sql.ts(c.updatedAt()));
        return params;
    }

    static final class ConnectionMapper implements RowMapper<Connection> {
        @Override
        public Connection map(ResultSet rs, StatementContext ctx) throws SQLException {
            List<String> scopes = new ArrayList<>();
            for (Object scope : (Object[]) rs.getArray("scopes").getArray()) {
                scopes.add((String) scope);
            }
            return new Connection(ConnectionId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), UserId.of(rs.getString("user_id")),
                    Provider.valueOf(rs.getString("provider")),
                    rs.getString("provider_user_id"), scopes, ConnectionStatus.valueOf(rs.getString("status")),
                    rs.getString("sealed_access_token"), rs.getString("sealed_refresh_token"),
                    Sql.instant(rs, "expires_at"), Sql.instant(rs, "connected_at"), Sql.instant(rs, "updated_at"),
                    rs.getLong("version"));
        }
    }
}
