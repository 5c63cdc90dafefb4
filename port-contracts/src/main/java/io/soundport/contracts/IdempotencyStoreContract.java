package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static final Duration LEASE = Duration.ofSeconds(10);

    /** Claims a free key, and answers the token it is held under. */
    private String claimed(String scope, String key, String fingerprint, Instant now) {
        Claim claim = store().claim(scope, key, fingerprint, now, now.plus(LEASE));
        assertThat(claim).isInstanceOf(Claim.Claimed.class);
        return ((Claim.Claimed) claim).token();
    }

    private String claimed(String scope, String key, String fingerprint) {
        return claimed(scope, key, fingerprint, now());
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
        String token = claimed(scope, "key-1", "fp-1");
        RecordedOutcome outcome = created();

        store().complete(scope, "key-1", token, outcome, tomorrow());
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
        String token = claimed(scope, "key-1", "fp-1");
        RecordedOutcome empty = new RecordedOutcome(new byte[0], Map.of());

        store().complete(scope, "key-1", token, empty, tomorrow());

        assertThat(store().find(scope, "key-1")).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertSameOutcome(completed.outcome(), empty));
    }

    @Test
    void keeps_an_outcome_with_attributes_but_no_payload() {
        String scope = scope();
        String token = claimed(scope, "key-1", "fp-1");
        RecordedOutcome noPayload = new RecordedOutcome(null, Map.of("status", "204"));

        store().complete(scope, "key-1", token, noPayload, tomorrow());

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
        String token = claimed(scope, "key-1", "fp-1");

        store().release(scope, "key-1", token);

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
        String token = claimed(scope, "old-done", "fp-2", longAgo);
        store().complete(scope, "old-done", token, created(), longAgo.plus(Duration.ofDays(1)));
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

    @Test
    void every_claim_gets_a_token_of_its_own() {
        String scope = scope();

        assertThat(claimed(scope, "key-1", "fp")).isNotBlank().isNotEqualTo(claimed(scope, "key-2", "fp"));
    }

    @Test
    void a_claim_whose_lease_ran_out_is_taken_over_with_a_new_token() {
        String scope = scope();
        Instant start = now();
        String first = claimed(scope, "key-1", "fp-1", start);

        assertThat(store().claim(scope, "key-1", "fp-2", start.plus(LEASE).minusMillis(1), tomorrow()))
                .isEqualTo(new Claim.InProgress("fp-1"));
        String second = claimed(scope, "key-1", "fp-2", start.plus(LEASE));

        assertThat(second).isNotEqualTo(first);
        assertThat(store().find(scope, "key-1")).contains(new Claim.InProgress("fp-2"));
    }

    @Test
    void a_completed_outcome_is_kept_until_its_own_expiry_not_the_lease() {
        String scope = scope();
        Instant start = now();
        String token = claimed(scope, "key-1", "fp-1", start);

        store().complete(scope, "key-1", token, created(), start.plus(Duration.ofHours(24)));

        assertThat(store().claim(scope, "key-1", "fp-1", start.plus(Duration.ofHours(23)), tomorrow()))
                .isInstanceOf(Claim.Completed.class);
        assertThat(store().claim(scope, "key-1", "fp-2", start.plus(Duration.ofHours(24)), tomorrow()))
                .isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void a_completion_with_a_lost_token_fails_and_writes_nothing_of_its_unit_of_work() {
        String scope = scope();
        Instant start = now();
        String lost = claimed(scope, "key-1", "fp-1", start);
        claimed(scope, "key-1", "fp-2", start.plus(LEASE));
        Organization written = Fixtures.organization();

        Expect.domainError(ErrorCode.CONFLICT, () -> ports().transactions().run(() -> {
            ports().organizations().add(written);
            store().complete(scope, "key-1", lost, created(), tomorrow());
        }));

        assertThat(ports().organizations().find(written.id())).isEmpty();
        assertThat(store().find(scope, "key-1")).contains(new Claim.InProgress("fp-2"));
    }

    @Test
    void a_completion_of_a_released_key_fails() {
        String scope = scope();
        String token = claimed(scope, "key-1", "fp-1");
        store().release(scope, "key-1", token);

        Expect.domainError(ErrorCode.CONFLICT, () -> store().complete(scope, "key-1", token, created(), tomorrow()));

        assertThat(store().find(scope, "key-1")).isEmpty();
    }

    @Test
    void the_outcome_commits_with_the_writes_of_its_unit_of_work() {
        String scope = scope();
        String token = claimed(scope, "key-1", "fp-1");
        Organization written = Fixtures.organization();

        ports().transactions().run(() -> {
            ports().organizations().add(written);
            store().complete(scope, "key-1", token, created(), tomorrow());
        });

        assertThat(ports().organizations().find(written.id())).contains(written);
        assertThat(store().find(scope, "key-1")).get().isInstanceOfSatisfying(Claim.Completed.class,
                completed -> assertSameOutcome(completed.outcome(), created()));
    }

    @Test
    void the_outcome_is_not_kept_when_its_unit_of_work_fails_and_the_claim_is_still_held() {
        String scope = scope();
        String token = claimed(scope, "key-1", "fp-1");
        Organization written = Fixtures.organization();
        IllegalStateException crash = new IllegalStateException("crashed before the commit");

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            ports().organizations().add(written);
            store().complete(scope, "key-1", token, created(), tomorrow());
            throw crash;
        })).isSameAs(crash);

        assertThat(ports().organizations().find(written.id())).isEmpty();
        assertThat(store().find(scope, "key-1")).contains(new Claim.InProgress("fp-1"));
        store().complete(scope, "key-1", token, created(), tomorrow());
        assertThat(store().find(scope, "key-1")).containsInstanceOf(Claim.Completed.class);
    }

    @Test
    void a_release_with_a_lost_token_leaves_the_new_holder_alone() {
        String scope = scope();
        Instant start = now();
        String lost = claimed(scope, "key-1", "fp-1", start);
        String holder = claimed(scope, "key-1", "fp-2", start.plus(LEASE));

        store().release(scope, "key-1", lost);

        assertThat(store().find(scope, "key-1")).contains(new Claim.InProgress("fp-2"));
        store().complete(scope, "key-1", holder, created(), tomorrow());
        assertThat(store().find(scope, "key-1")).containsInstanceOf(Claim.Completed.class);
    }

    @Test
    void a_release_leaves_a_completed_key_alone() {
        String scope = scope();
        String token = claimed(scope, "key-1", "fp-1");
        store().complete(scope, "key-1", token, created(), tomorrow());

        store().release(scope, "key-1", token);

        assertThat(store().find(scope, "key-1")).containsInstanceOf(Claim.Completed.class);
    }
}
