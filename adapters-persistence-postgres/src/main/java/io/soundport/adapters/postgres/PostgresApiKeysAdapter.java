package io.soundport.adapters.postgres;

import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API keys, kept as the SHA-256 of the key. {@code findByHash} and {@code touch} are the only statements not
 * scoped to an organization: authentication learns the organization from the key itself.
 */
final class PostgresApiKeysAdapter implements ApiKeys {
    private static final ApiKeyMapper MAPPER = new ApiKeyMapper();
    private final JdbiTransactionRunner db;

    PostgresApiKeysAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("api_keys_pkey", "An API key with this id already exists", "id"),
                new UniqueConstraint("api_keys_key_hash_key",
                        "An API key with this hash already exists", "key_hash"));
    }

    @Override
    public void add(ApiKey k) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO api_keys (id, application_id, organization_id, name, prefix, key_hash, scopes,
                                              created_at, expires_at, revoked_at, last_used_at)
                        VALUES (:id, :application_id, :organization_id, :name, :prefix, :key_hash,
                                CAST(:scopes AS text[]), :created_at, :expires_at, :revoked_at, :last_used_at)""")
                .bind("id", k.id().value())
                .bind("application_id", k.applicationId().value())
                .bind("organization_id", k.organizationId().value())
                .bind("name", k.name())
                .bind("prefix", k.prefix())
                .bind("key_hash", k.keyHash())
                .bindArray("scopes", String.class, k.scopes().stream().map(Scope::name).sorted().toList())
                .bind("created_at", Sql.ts(k.createdAt()))
                .bind("expires_at", Sql.ts(k.expiresAt()))
                .bind("revoked_at", Sql.ts(k.revokedAt()))
                .bind("last_used_at", Sql.ts(k.lastUsedAt()))
                .execute());
    }

    @Override
    public Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM api_keys WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE key_hash = :key_hash")
                .bind("key_hash", keyHash).map(MAPPER).findOne());
    }

    @Override
    public Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        params.put("application_id", applicationId.value());
        String sql = "SELECT * FROM api_keys WHERE organization_id = :organization_id"
                + " AND application_id = :application_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<ApiKey> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), k -> new Cursor(k.createdAt(), k.id().value()));
    }

    @Override
    public boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at) {
        return db.withHandle(h -> {
            int revoked = h.createUpdate("""
                            UPDATE api_keys SET revoked_at = :at
                            WHERE id = :id AND organization_id = :organization_id AND revoked_at IS NULL""")
                    .bind("id", id.value())
                    .bind("organization_id", organizationId.value())
                    .bind("at", Sql.ts(at))
                    .execute();
            return revoked > 0 || h.createQuery(
                            "SELECT count(*) FROM api_keys WHERE id = :id AND organization_id = :organization_id")
                    .bind("id", id.value())
                    .bind("organization_id", organizationId.value())
                    .mapTo(Integer.class).one() > 0;
        });
    }

    @Override
    public int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE api_keys SET revoked_at = :at
                        WHERE organization_id = :organization_id AND application_id = :application_id
                          AND revoked_at IS NULL""")
                .bind("organization_id", organizationId.value())
                .bind("application_id", applicationId.value())
                .bind("at", Sql.ts(at))
                .execute());
    }

    @Override
    public void touch(ApiKeyId id, Instant at) {
        db.withHandle(h -> h.createUpdate("UPDATE api_keys SET last_used_at = :at WHERE id = :id")
                .bind("id", id.value())
                .bind("at", Sql.ts(at))
                .execute());
    }

    static final class ApiKeyMapper implements RowMapper<ApiKey> {
        @Override
        public ApiKey map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ApiKey(ApiKeyId.of(rs.getString("id")), ApplicationId.of(rs.getString("application_id")),
                    OrganizationId.of(rs.getString("organization_id")), rs.getString("name"), rs.getString("prefix"),
                    rs.getString("key_hash"), scopes(rs.getArray("scopes")), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at"), Sql.instant(rs, "last_used_at"));
        }

        private static Set<Scope> scopes(Array array) throws SQLException {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (Object name : (Object[]) array.getArray()) {
                scopes.add(Scope.valueOf((String) name));
            }
            return scopes;
        }
    }
}
