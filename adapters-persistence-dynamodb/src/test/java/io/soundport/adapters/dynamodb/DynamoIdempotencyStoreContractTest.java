package io.soundport.adapters.dynamodb;

import io.soundport.contracts.IdempotencyStoreContract;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoIdempotencyStoreContractTest extends IdempotencyStoreContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }

    @Test
    void replays_an_item_completed_before_outcomes_became_opaque() {
        String scope = "org_" + UUID.randomUUID() + "/usr_1";
        byte[] body = "{\"id\":\"rel_1\"}".getBytes(StandardCharsets.UTF_8);
        Instant expiresAt = Instant.now().plusSeconds(3_600);
        TestDynamo.client().putItem(r -> r.tableName(TestDynamo.persistence().tables().idempotency()).item(
                new Attrs.Item().put(Keys.PK, scope).put(Keys.SK, "key-1").put("fingerprint", "fp-1")
                        .put("completed", true).put("createdAt", Instant.now()).put("expiresAt", Keys.time(expiresAt))
                        .put("ttl", expiresAt.getEpochSecond()).put("status", 201L)
                        .put("contentType", "application/json").put("location", "/api/v1/releases/rel_1")
                        .put("body", Attrs.bytes(body))
                        .build()));

        assertThat(ports().idempotency().find(scope, "key-1")).contains(new Claim.Completed("fp-1",
                new RecordedOutcome(body, Map.of("status", "201", "contentType", "application/json",
                        "location", "/api/v1/releases/rel_1"))));
    }
}
