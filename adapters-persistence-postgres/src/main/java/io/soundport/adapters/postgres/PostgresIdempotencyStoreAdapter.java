package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.shared.DomainException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency records keyed by (scope, key). A claim is an {@code INSERT ... ON CONFLICT DO NOTHING}: the
 * database decides which of several concurrent requests holds the key. An expired record (a lease that ran out, or
 * an outcome past its retention) is taken over by a conditional UPDATE, which is just as race-free; either way the
 * claim gets a new random {@code claim_token}. The outcome is an {@code UPDATE ... WHERE claim_token = ?}: on the
 * transaction of the calling thread, it commits with the use case's writes, and when it finds no row the whole
 * transaction rolls back. A recorded outcome is its payload ({@code bytea}) and its attributes ({@code jsonb}).
 * Every statement runs on the transaction of the calling thread when there is one.
 */
final class PostgresIdempotencyStoreAdapter implements IdempotencyStore {
    private static final int CLAIM_ATTEMPTS = 5;
    private static final ClaimMapper MAPPER = new ClaimMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private final JdbiTransactionRunner db;

    PostgresIdempotencyStoreAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("idempotency_keys_pkey",
                        "This idempotency key is already in use", "idempotency_key"));
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now, Instant leaseUntil) {
        // A record found missing right after a failed insert was released in between: try again.
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            String token = UUID.randomUUID().toString();
            Optional<Claim> outcome = db.withHandle(h -> {
                int inserted = h.createUpdate("""
                                INSERT INTO idempotency_keys
                                    (scope, key, fingerprint, claim_token, created_at, expires_at)
                                VALUES (:scope, :key, :fingerprint, :token, :now, :expires_at)
                                ON CONFLICT (scope, key) DO NOTHING""")
                        .bind("scope", scope)
                        .bind("key", key)
                        .bind("fingerprint", fingerprint)
                        .bind("token", token)
                        .bind("now", Sql.ts(now))
                        .bind("expires_at", Sql.ts(leaseUntil))
                        .execute();
                if (inserted == 1) {
                    return Optional.of(new Claim.Claimed(token));
                }
                int takenOver = h.createUpdate("""
                                UPDATE idempotency_keys
                                SET fingerprint = :fingerprint, claim_token = :token, completed = false, payload = NULL,
                                    attributes = '{}'::jsonb, created_at = :now, expires_at = :expires_at
                                WHERE scope = :scope AND key = :key AND expires_at <= :now""")
                        .bind("scope", scope)
                        .bind("key", key)
                        .bind("fingerprint", fingerprint)
                        .bind("token", token)
                        .bind("now", Sql.ts(now))
                        .bind("expires_at", Sql.ts(leaseUntil))
                        .execute();
                if (takenOver == 1) {
                    return Optional.of(new Claim.Claimed(token));
                }
                return select(h, scope, key);
            });
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw DomainException.unavailable("The idempotency key " + key + " is busy; try again shortly");
    }

    @Override
    public void complete(String scope, String key, String token, RecordedOutcome outcome, Instant keepUntil) {
        String attributes = attributesJson(outcome.attributes());
        int completed = db.withHandle(h -> h.createUpdate("""
                        UPDATE idempotency_keys
                        SET completed = true, payload = :payload, attributes = CAST(:attributes AS jsonb),
                            expires_at = :expires_at
                        WHERE scope = :scope AND key = :key AND claim_token = :token AND NOT completed""")
                .bind("scope", scope)
                .bind("key", key)
                .bind("token", token)
                .bind("payload", outcome.payload())
                .bind("attributes", attributes)
                .bind("expires_at", Sql.ts(keepUntil))
                .execute());
        if (completed == 0) {
            throw IdempotencyStore.claimLost();
        }
    }

    private static String attributesJson(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The attributes of an outcome could not be written as JSON", e);
        }
    }

    @Override
    public void release(String scope, String key, String token) {
        db.withHandle(h -> h.createUpdate("""
                        DELETE FROM idempotency_keys
                        WHERE scope = :scope AND key = :key AND claim_token = :token AND NOT completed""")
                .bind("scope", scope)
                .bind("key", key)
                .bind("token", token)
                .execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE expires_at < :now")
                .bind("now", Sql.ts(now))
                .execute());
    }

    @Override
    public Optional<Claim> find(String scope, String key) {
        return db.withHandle(h -> select(h, scope, key));
    }

    private static Optional<Claim> select(org.jdbi.v3.core.Handle h, String scope, String key) {
        return h.createQuery("SELECT * FROM idempotency_keys WHERE scope = :scope AND key = :key")
                .bind("scope", scope)
                .bind("key", key)
                .map(MAPPER)
                .findOne();
    }

    static final class ClaimMapper implements RowMapper<Claim> {
        @Override
        public Claim map(ResultSet rs, StatementContext ctx) throws SQLException {
            String fingerprint = rs.getString("fingerprint");
            if (!rs.getBoolean("completed")) {
                return new Claim.InProgress(fingerprint);
            }
            return new Claim.Completed(fingerprint,
                    new RecordedOutcome(rs.getBytes("payload"), attributes(rs.getString("attributes"))));
        }

        private static Map<String, String> attributes(String json) {
            try {
                return JSON.readValue(json, ATTRIBUTES);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An idempotency record holds attributes that are not JSON", e);
            }
        }
    }
}
