package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Refresh tokens are found by their hash; using one is a conditional UPDATE so that only one use wins. */
final class PostgresRefreshTokensAdapter implements RefreshTokens {
    private static final RefreshTokenMapper MAPPER = new RefreshTokenMapper();
    private final JdbiTransactionRunner db;

    PostgresRefreshTokensAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("refresh_tokens_pkey", "A refresh token with this id already exists", "id"),
                new UniqueConstraint("refresh_tokens_token_hash_key",
                        "A refresh token with this hash already exists", "token_hash"));
    }

    @Override
    public void add(RefreshToken t) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO refresh_tokens (id, family_id, user_id, organization_id, token_hash, issued_at,
                                                    expires_at, status)
                        VALUES (:id, :family_id, :user_id, :organization_id, :token_hash, :issued_at, :expires_at,
                                :status)""")
                .bind("id", t.id().value())
                .bind("family_id", t.familyId())
                .bind("user_id", t.userId().value())
                .bind("organization_id", t.organizationId().value())
                .bind("token_hash", t.tokenHash())
                .bind("issued_at", Sql.ts(t.issuedAt()))
                .bind("expires_at", Sql.ts(t.expiresAt()))
                .bind("status", t.status().name())
                .execute());
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM refresh_tokens WHERE token_hash = :token_hash")
                .bind("token_hash", tokenHash).map(MAPPER).findOne());
    }

    @Override
    public boolean markUsed(RefreshTokenId id) {
        return db.withHandle(h -> h.createUpdate(
                        "UPDATE refresh_tokens SET status = 'USED' WHERE id = :id AND status = 'ACTIVE'")
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public int revokeFamily(String familyId) {
        return db.withHandle(h -> h.createUpdate(
                        "UPDATE refresh_tokens SET status = 'REVOKED' WHERE family_id = :family_id AND status = 'ACTIVE'")
                .bind("family_id", familyId)
                .execute());
    }

    static final class RefreshTokenMapper implements RowMapper<RefreshToken> {
        @Override
        public RefreshToken map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RefreshToken(RefreshTokenId.of(rs.getString("id")), rs.getString("family_id"),
                    UserId.of(rs.getString("user_id")), OrganizationId.of(rs.getString("organization_id")),
                    rs.getString("token_hash"), Sql.instant(rs, "issued_at"), Sql.instant(rs, "expires_at"),
                    RefreshToken.Status.valueOf(rs.getString("status")));
        }
    }
}
