package io.soundport.adapters.dynamodb;

import io.soundport.contracts.RateLimitStoreContract;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.RateLimitStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoRateLimitStoreContractTest extends RateLimitStoreContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }

    @Test
    void a_window_is_one_item_that_expires_two_windows_after_it_started() {
        String key = "shape:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        Instant start = RateLimitStore.windowStart(Instant.now(), window);

        ports().rateLimits().add(key, start, window, 3);

        Map<String, AttributeValue> item = TestDynamo.client().getItem(r -> r.consistentRead(true)
                .tableName(TestDynamo.persistence().tables().rateLimits()).key(Keys.key(key, Keys.time(start)))).item();
        assertThat(Attrs.num(item, "count")).isEqualTo(3);
        assertThat(Attrs.num(item, "ttl")).isEqualTo(start.plus(Duration.ofMinutes(30)).getEpochSecond());
    }
}
