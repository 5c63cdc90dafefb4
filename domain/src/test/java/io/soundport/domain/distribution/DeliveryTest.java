package io.soundport.domain.distribution;

import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.RELEASE;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {
    private static final DeliveryId ID = DeliveryId.of("dlv_01HZX0000000000000000000E1");
    private static final PartnerId PARTNER = PartnerId.of("ptn_01HZX0000000000000000000F1");

    private static Delivery queued() {
        return Delivery.queued(ID, ORG, RELEASE, PARTNER, DeliveryKind.DELIVERY, T0);
    }

    private static DeliveryAttempt failedAttempt(int number, String error) {
        return new DeliveryAttempt(number, T0, false, error, null, 40);
    }

    @Test
    void an_abandoned_delivery_fails_as_after_a_last_attempt_that_carries_the_reason() {
        Instant now = T0.plus(Duration.ofMinutes(30));
        Delivery retrying = queued().start(T0).attempted(failedAttempt(1, "HTTP 500"), T0.plusSeconds(30), T0);

        Delivery abandoned = retrying.start(T0.plusSeconds(30)).abandoned("the worker died on it 5 times", now);

        assertThat(abandoned.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(abandoned.nextAttemptAt()).isNull();
        assertThat(abandoned.updatedAt()).isEqualTo(now);
        assertThat(abandoned.attempts()).extracting(DeliveryAttempt::error)
                .containsExactly("HTTP 500", "the worker died on it 5 times");
        assertThat(abandoned.attempts().get(1)).satisfies(last -> {
            assertThat(last.number()).isEqualTo(2);
            assertThat(last.at()).isEqualTo(now);
            assertThat(last.succeeded()).isFalse();
        });
        assertThat(abandoned.retry(now).status()).as("retried like any failed delivery")
                .isEqualTo(DeliveryStatus.QUEUED);
    }

    @Test
    void a_finished_delivery_is_not_abandoned() {
        Delivery delivered = queued().start(T0)
                .attempted(new DeliveryAttempt(1, T0, true, null, "ref-1", 40), null, T0);
        Delivery failed = queued().start(T0).attempted(failedAttempt(1, "HTTP 500"), null, T0);

        assertRejected(() -> delivered.abandoned("gave up", T0), ErrorCode.CONFLICT);
        assertRejected(() -> failed.abandoned("gave up", T0), ErrorCode.CONFLICT);
    }
}
