package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Tokens are keyed by their hash; using one is a conditional UPDATE so that only one use wins. */
final class PostgresEmailVerificationTokensAdapter implements EmailVerificationTokens {
    private static final TokenMapper MAPPER = new TokenMapper();
    private final JdbiTransactionRunner db;

    PostgresEmailVerificationTokensAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("email_verification_tokens_pkey",
                "An e-mail verification token with this hash already exists", "token_hash"));
    }

    @Override
    public void add(EmailVerificationToken t) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO email_verification_tokens (token_hash, user_id, email, issued_at, expires_at, used_at)
                        VALUES (:token_hash, :user_id, :email, :issued_at, :expires_at, :used_at)""")
                .bind("token_hash", t.tokenHash())
                .bind("user_id", t.userId().value())
                .bind("email", t.email().value())
                .bind("issued_at", Sql.ts(t.issuedAt()))
                .bind("expires_at", Sql.ts(t.expiresAt()))
                .bind("used_at", Sql.ts(t.usedAt()))
                .execute());
    }

    @Override
    public Optional<EmailVerificationToken> findByHash(String tokenHash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM email_verification_tokens WHERE token_hash = :token_hash")
                .bind("token_hash", tokenHash).map(MAPPER).findOne());
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE email_verification_tokens SET used_at = :used_at
                        WHERE token_hash = :token_hash AND used_at IS NULL""")
                .bind("token_hash", tokenHash)
                .bind("used_at", Sql.ts(at))
                .execute()) == 1;
    }

    @Override
    public Optional<Instant> lastIssuedAt(UserId userId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT max(issued_at) AS issued_at FROM email_verification_tokens WHERE user_id = :user_id")
                .bind("user_id", userId.value())
                .map((rs, ctx) -> Optional.ofNullable(Sql.instant(rs, "issued_at")))
                .one());
    }

    static final class TokenMapper implements RowMapper<EmailVerificationToken> {
        @Override
        public EmailVerificationToken map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new EmailVerificationToken(rs.getString("token_hash"), UserId.of(rs.getString("user_id")),
                    Email.of(rs.getString("email")), Sql.instant(rs, "issued_at"), Sql.instant(rs, "expires_at"),
                    Sql.instant(rs, "used_at"));
        }
    }
}
