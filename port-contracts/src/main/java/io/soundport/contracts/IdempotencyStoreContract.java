package io.soundport.contracts;

import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.persistence.PersistencePorts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link IdempotencyStore} must do. Each test uses its own scope. */
public abstract class IdempotencyStoreContract {

    protected abstract PersistencePorts ports();

    private IdempotencyStore store() {
        return ports().idempotency();
    }

    private static String scope() {
        return Fixtures.id("org") + "/" + Fixtures.id("usr");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant tomorrow() {
        return now().plus(Duration.ofDays(1));
    }

    private static RecordedOutcome created() {
        return new RecordedOutcome("{\"id\":\"rel_1\",\"title\":\"Été\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("status", "201", "contentType", "application/json",
                        "location", "/api/v1/releases/rel_1", "etag", "\"v1\"", "note", "Été, \"quoted\" & {braced}"));
    }

    @Test
    void the_first_claim_of_a_key_gets_it() {
        String scope = scope();

        assertThat(store().claim(scope, "key-1", "fp-1", now(), tomorrow())).isInstanceOf(Claim.Claimed.class);
        assertThat(store().find(scope, "key-1")).containsInstanceOf(Claim.InProgress.class);
    }

    @Test
    void a_second_claim_of_a_key_in_progress_is_told_so_with_the_first_fingerprint() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());

        assertThat(store().claim(scope, "key-1", "fp-2", now(), tomorrow()))
                .isEqualTo(new Claim.InProgress("fp-1"));
    }

    @Test
    void the_same_key_in_another_scope_is_another_key() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());

        assertThat(store().claim(scope(), "key-1", "fp-1", now(), tomorrow())).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void a_completed_key_replays_the_stored_outcome() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());
        RecordedOutcome outcome = created();

        store().complete(scope, "key-1", outcome);
        Claim again = store().claim(scope, "key-1", "fp-1", now(), tomorrow());

        assertThat(again).isInstanceOfSatisfying(Claim.Completed.class, completed -> {
            assertThat(completed.fingerprint()).isEqualTo("fp-1");
            assertSameOutcome(completed.outcome(), outcome);
        });
        assertThat(store().find(scope, "key-1")).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertSameOutcome(completed.outcome(), outcome));
    }

    @Test
    void keeps_an_outcome_without_payload_or_attributes() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());
        RecordedOutcome empty = new RecordedOutcome(new byte[0], Map.of());

        store().complete(scope, "key-1", empty);

        assertThat(store().find(scope, "key-1")).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertSameOutcome(completed.outcome(), empty));
    }

    @Test
    void keeps_an_outcome_with_attributes_but_no_payload() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());
        RecordedOutcome noPayload = new RecordedOutcome(null, Map.of("status", "204"));

        store().complete(scope, "key-1", noPayload);

        assertThat(store().find(scope, "key-1")).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertSameOutcome(completed.outcome(), noPayload));
    }

    private static void assertSameOutcome(RecordedOutcome actual, RecordedOutcome expected) {
        assertThat(actual.payload()).isEqualTo(expected.payload());
        assertThat(actual.attributes()).isEqualTo(expected.attributes());
    }

    @Test
    void a_released_key_can_be_claimed_again() {
        String scope = scope();
        store().claim(scope, "key-1", "fp-1", now(), tomorrow());

        store().release(scope, "key-1");

        assertThat(store().find(scope, "key-1")).isEmpty();
        assertThat(store().claim(scope, "key-1", "fp-2", now(), tomorrow())).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void finds_nothing_for_an_unknown_key() {
        assertThat(store().find(scope(), "never-used")).isEmpty();
    }

    @Test
    void purges_the_records_that_expired_and_keeps_the_others() {
        // Far in the past, so that purging cannot touch the records of anyone else sharing the store.
        Instant longAgo = now().minus(Duration.ofDays(400));
        String scope = scope();
        store().claim(scope, "old", "fp-1", longAgo, longAgo.plus(Duration.ofDays(1)));
        store().claim(scope, "old-done", "fp-2", longAgo, longAgo.plus(Duration.ofDays(1)));
        store().complete(scope, "old-done", created());
        store().claim(scope, "fresh", "fp-3", now(), tomorrow());

        int purged = store().purgeExpired(longAgo.plus(Duration.ofDays(2)));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(store().find(scope, "old")).isEmpty();
        assertThat(store().find(scope, "old-done")).isEmpty();
        assertThat(store().find(scope, "fresh")).isPresent();
        assertThat(store().claim(scope, "old", "fp-4", now(), tomorrow())).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void of_concurrent_claims_of_one_key_exactly_one_gets_it() throws Exception {
        String scope = scope();

        List<Claim> claims = Concurrently.run(8, () -> store().claim(scope, "key-1", "fp", now(), tomorrow()));

        assertThat(claims).filteredOn(c -> c instanceof Claim.Claimed).hasSize(1);
        assertThat(claims).filteredOn(c -> c instanceof Claim.InProgress).hasSize(7);
    }
}
