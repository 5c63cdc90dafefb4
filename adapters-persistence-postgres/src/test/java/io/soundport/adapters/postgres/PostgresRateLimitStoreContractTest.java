package io.soundport.adapters.postgres;

import io.soundport.contracts.RateLimitStoreContract;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.port.RateLimitStore.WindowCounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresRateLimitStoreContractTest extends RateLimitStoreContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }

    @Test
    void an_add_now_and_then_purges_the_expired_rows_and_keeps_the_others() {
        JdbiTransactionRunner runner = (JdbiTransactionRunner) TestDatabase.persistence().transactions();
        PostgresRateLimitStoreAdapter purging = new PostgresRateLimitStoreAdapter(runner, Duration.ZERO);
        Duration hour = Duration.ofHours(1);
        Instant now = RateLimitStore.windowStart(Instant.now(), hour);
        Instant longAgo = now.minus(Duration.ofDays(400));
        String old = "purge:" + UUID.randomUUID();
        String fresh = "purge:" + UUID.randomUUID();
        purging.add(old, longAgo, hour, 3);
        purging.add(fresh, now.minus(hour), hour, 2);

        purging.add(fresh, now, hour, 1);

        assertThat(purging.peek(old, longAgo, hour)).isEqualTo(WindowCounts.NONE);
        assertThat(purging.peek(fresh, now, hour)).isEqualTo(new WindowCounts(1, 2));
    }

    @Test
    void an_add_does_not_purge_before_its_period_is_up() {
        JdbiTransactionRunner runner = (JdbiTransactionRunner) TestDatabase.persistence().transactions();
        PostgresRateLimitStoreAdapter patient = new PostgresRateLimitStoreAdapter(runner, Duration.ofHours(1));
        Duration hour = Duration.ofHours(1);
        Instant longAgo = RateLimitStore.windowStart(Instant.now(), hour).minus(Duration.ofDays(400));
        String old = "purge:" + UUID.randomUUID();

        patient.add(old, longAgo, hour, 3);
        patient.add(old, longAgo, hour, 1);

        assertThat(patient.peek(old, longAgo, hour)).isEqualTo(new WindowCounts(4, 0));
    }
}
