package io.soundport.application.platform;

import io.soundport.application.platform.IdempotencyService.Decision;
import io.soundport.application.testing.Core;
import io.soundport.domain.port.IdempotencyStore.StoredResponse;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyServiceTest {
    private static final String CALLER = "org_1/usr_1";
    private static final String KEY = "3f0c2a7e-idem";
    private static final String FINGERPRINT = "POST /releases sha256:aaaa";
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json",
            "{\"id\":\"rel_1\"}".getBytes(StandardCharsets.UTF_8), "/v1/releases/rel_1", "\"1\"");

    private final Core core = new Core();
    private final IdempotencyService idempotency = core.idempotency();

    private Decision.Proceed proceed(String callerKey, String key, String fingerprint) {
        Decision decision = idempotency.begin(callerKey, key, fingerprint);
        assertThat(decision).isInstanceOf(Decision.Proceed.class);
        return (Decision.Proceed) decision;
    }

    @Test
    void the_first_request_with_a_key_proceeds() {
        Decision.Proceed proceed = proceed(CALLER, KEY, FINGERPRINT);

        assertThat(proceed.scope()).isEqualTo(CALLER);
        assertThat(proceed.key()).isEqualTo(KEY);
    }

    @Test
    void the_same_request_again_replays_the_stored_answer() {
        idempotency.complete(proceed(CALLER, KEY, FINGERPRINT), CREATED);

        Decision again = idempotency.begin(CALLER, KEY, FINGERPRINT);

        assertThat(again).isInstanceOfSatisfying(Decision.Replay.class, replay -> {
            assertThat(replay.response().status()).isEqualTo(201);
            assertThat(new String(replay.response().body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"rel_1\"}");
            assertThat(replay.response().location()).isEqualTo("/v1/releases/rel_1");
            assertThat(replay.response().etag()).isEqualTo("\"1\"");
        });
    }

    @Test
    void the_same_key_with_another_request_is_a_conflict() {
        idempotency.complete(proceed(CALLER, KEY, FINGERPRINT), CREATED);

        assertRejected(() -> idempotency.begin(CALLER, KEY, "POST /releases sha256:bbbb"), ErrorCode.CONFLICT);
    }

    @Test
    void a_key_still_in_progress_is_a_conflict() {
        proceed(CALLER, KEY, FINGERPRINT);

        assertRejected(() -> idempotency.begin(CALLER, KEY, FINGERPRINT), ErrorCode.CONFLICT);
    }

    @Test
    void abandoning_a_request_frees_its_key() {
        Decision.Proceed first = proceed(CALLER, KEY, FINGERPRINT);

        idempotency.abandon(first);

        assertThat(core.store.idempotency().find(CALLER, KEY)).isEmpty();
        proceed(CALLER, KEY, "POST /releases sha256:bbbb");
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        idempotency.complete(proceed(CALLER, KEY, FINGERPRINT), CREATED);

        proceed("org_1/usr_2", KEY, "POST /releases sha256:bbbb");
    }

    @Test
    void an_answer_is_kept_for_24_hours() {
        idempotency.complete(proceed(CALLER, KEY, FINGERPRINT), CREATED);

        core.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(idempotency.begin(CALLER, KEY, FINGERPRINT)).isInstanceOf(Decision.Replay.class);

        core.clock.advance(Duration.ofSeconds(2));
        proceed(CALLER, KEY, "POST /releases sha256:bbbb");
    }

    @Test
    void rejects_a_blank_or_overlong_key() {
        assertInvalid(() -> idempotency.begin(CALLER, " ", FINGERPRINT), "Idempotency-Key");
        assertInvalid(() -> idempotency.begin(CALLER, "k".repeat(256), FINGERPRINT), "Idempotency-Key");
        proceed(CALLER, "k".repeat(255), FINGERPRINT);
    }
}
