package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.Provider;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Authorizations under way in {@code oauth_pending_authorizations}, keyed by their state hash. A take is one
 * {@code DELETE ... RETURNING}: of concurrent takes the row lock lets one delete it, and the others find it gone.
 */
final class PostgresPendingAuthorizationsAdapter implements PendingAuthorizations {
    private static final PendingMapper MAPPER = new PendingMapper();
    private final JdbiTransactionRunner db;

    PostgresPendingAuthorizationsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("oauth_pending_authorizations_pkey",
                "An authorization with this state is already under way", "state_hash"));
    }

    @Override
    public void add(PendingAuthorization p) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO oauth_pending_authorizations (state_hash, organization_id, user_id, provider,
                            sealed_code_verifier, created_at, expires_at)
                        VALUES (:state_hash, :organization_id, :user_id, :provider, :sealed_code_verifier, :created_at,
                            :expires_at)""")
                .bind("state_hash", p.stateHash())
                .bind("organization_id", p.organizationId().value())
                .bind("user_id", p.userId().value())
                .bind("provider", p.provider().name())
                .bind("sealed_code_verifier", p.sealedCodeVerifier())
                .bind("created_at", Sql.ts(p.createdAt()))
                .bind("expires_at", Sql.ts(p.expiresAt()))
                .execute());
    }

    @Override
    public Optional<PendingAuthorization> take(String stateHash) {
        return db.withHandle(h -> h.createQuery(
                        "DELETE FROM oauth_pending_authorizations WHERE state_hash = :state_hash RETURNING *")
                .bind("state_hash", stateHash)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public int removeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM oauth_pending_authorizations WHERE expires_at < :now")
                .bind("now", Sql.ts(now))
                .execute());
    }

    static final class PendingMapper implements RowMapper<PendingAuthorization> {
        @Override
        public PendingAuthorization map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PendingAuthorization(rs.getString("state_hash"),
                    OrganizationId.of(rs.getString("organization_id")), UserId.of(rs.getString("user_id")),
                    Provider.valueOf(rs.getString("provider")), rs.getString("sealed_code_verifier"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"));
        }
    }
}
