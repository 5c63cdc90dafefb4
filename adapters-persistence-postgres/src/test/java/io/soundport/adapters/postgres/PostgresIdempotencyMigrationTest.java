package io.soundport.adapters.postgres;

import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record kept before V4 made outcomes opaque still replays the same answer after the migration; a claim taken
 * before V6 made claims short leases ends within one.
 */
class PostgresIdempotencyMigrationTest {

    @Test
    void a_response_stored_before_v4_becomes_an_outcome_with_the_same_payload_and_attributes() {
        TestDatabase.Connection c = TestDatabase.connection();
        String schema = "idem_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure().dataSource(c.url(), c.user(), c.password()).schemas(schema)
                .locations("classpath:db/migration").target("3").load().migrate();
        Jdbi jdbi = Jdbi.create(c.url(), c.user(), c.password());
        byte[] body = "{\"id\":\"rel_1\"}".getBytes(StandardCharsets.UTF_8);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO " + schema + ".idempotency_keys (scope, key, fingerprint, "
                        + "completed, response_status, content_type, body, location, etag, created_at, expires_at) "
                        + "VALUES ('org/usr', 'done', 'fp-1', true, 201, 'application/json', :body, "
                        + "'/api/v1/releases/rel_1', NULL, now(), now() + interval '1 day'), "
                        + "('org/usr', 'running', 'fp-2', false, NULL, NULL, NULL, NULL, NULL, now(), "
                        + "now() + interval '1 day')")
                .bind("body", body)
                .execute());

        Flyway.configure().dataSource(c.url(), c.user(), c.password()).schemas(schema)
                .locations("classpath:db/migration").load().migrate();

        Map<String, Claim> claims = jdbi.withHandle(h -> Map.of(
                "done", h.createQuery("SELECT * FROM " + schema + ".idempotency_keys WHERE key = 'done'")
                        .map(new PostgresIdempotencyStoreAdapter.ClaimMapper()).one(),
                "running", h.createQuery("SELECT * FROM " + schema + ".idempotency_keys WHERE key = 'running'")
                        .map(new PostgresIdempotencyStoreAdapter.ClaimMapper()).one()));
        assertThat(claims.get("done")).isEqualTo(new Claim.Completed("fp-1", new RecordedOutcome(body,
                Map.of("status", "201", "contentType", "application/json", "location", "/api/v1/releases/rel_1"))));
        assertThat(claims.get("running")).isEqualTo(new Claim.InProgress("fp-2"));
        jdbi.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE"));
    }

    @Test
    void a_claim_taken_before_v5_ends_within_the_lease_and_a_kept_outcome_keeps_its_expiry() {
        TestDatabase.Connection c = TestDatabase.connection();
        String schema = "idem_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure().dataSource(c.url(), c.user(), c.password()).schemas(schema)
                .locations("classpath:db/migration").target("4").load().migrate();
        Jdbi jdbi = Jdbi.create(c.url(), c.user(), c.password());
        jdbi.useHandle(h -> h.execute("INSERT INTO " + schema + ".idempotency_keys (scope, key, fingerprint, "
                + "completed, created_at, expires_at) VALUES "
                + "('org/usr', 'done', 'fp-1', true, now(), now() + interval '1 day'), "
                + "('org/usr', 'stuck', 'fp-2', false, now(), now() + interval '1 day')"));

        Flyway.configure().dataSource(c.url(), c.user(), c.password()).schemas(schema)
                .locations("classpath:db/migration").load().migrate();

        Map<String, Boolean> withinLease = jdbi.withHandle(h -> h.createQuery("SELECT key, expires_at <= now() + "
                        + "interval '10 seconds' AS within FROM " + schema + ".idempotency_keys")
                .reduceRows(new HashMap<>(), (found, row) -> {
                    found.put(row.getColumn("key", String.class), row.getColumn("within", Boolean.class));
                    return found;
                }));
        assertThat(withinLease).containsEntry("stuck", true).containsEntry("done", false);
        jdbi.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE"));
    }
}
