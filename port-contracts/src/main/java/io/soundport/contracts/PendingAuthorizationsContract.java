package io.soundport.contracts;

import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link PendingAuthorizations} must do. */
public abstract class PendingAuthorizationsContract {
    private static final int TAKERS = 8;

    protected abstract PersistencePorts ports();

    private PendingAuthorizations pending() {
        return ports().pendingAuthorizations();
    }

    private PendingAuthorization newPending(Instant expiresAt) {
        PendingAuthorization authorization = Fixtures.pendingAuthorization(Stored.organization(ports()),
                Stored.user(ports()), expiresAt);
        pending().add(authorization);
        return authorization;
    }

    /** What {@value #TAKERS} concurrent takes of {@code authorization} answer: it once, and empty to the others. */
    private static List<Optional<PendingAuthorization>> onlyOneGets(PendingAuthorization authorization) {
        List<Optional<PendingAuthorization>> answers = new ArrayList<>(Collections.nCopies(TAKERS - 1,
                Optional.empty()));
        answers.add(Optional.of(authorization));
        return answers;
    }

    private static Instant inTenMinutes() {
        return Fixtures.instant().plus(Duration.ofMinutes(10));
    }

    @Test
    void takes_an_added_authorization_with_every_field() {
        PendingAuthorization authorization = newPending(inTenMinutes());

        assertThat(pending().take(authorization.stateHash())).contains(authorization);
    }

    @Test
    void keeps_an_authorization_without_a_code_verifier() {
        PendingAuthorization withoutPkce = new PendingAuthorization(Fixtures.sha256Hex(),
                Stored.organization(ports()).id(), Stored.user(ports()).id(), Provider.META, null, Fixtures.instant(),
                inTenMinutes());
        pending().add(withoutPkce);

        assertThat(pending().take(withoutPkce.stateHash())).contains(withoutPkce);
    }

    @Test
    void a_second_take_of_the_same_state_answers_empty() {
        PendingAuthorization authorization = newPending(inTenMinutes());

        assertThat(pending().take(authorization.stateHash())).isPresent();
        assertThat(pending().take(authorization.stateHash())).isEmpty();
    }

    @Test
    void a_take_of_an_unknown_state_answers_empty() {
        newPending(inTenMinutes());

        assertThat(pending().take(Fixtures.sha256Hex())).isEmpty();
    }

    @Test
    void of_concurrent_takes_of_one_state_exactly_one_answers_it() throws Exception {
        PendingAuthorization authorization = newPending(inTenMinutes());

        List<Optional<PendingAuthorization>> takes = Concurrently.run(TAKERS,
                () -> pending().take(authorization.stateHash()));

        assertThat(takes).containsExactlyInAnyOrderElementsOf(onlyOneGets(authorization));
    }

    @Test
    void takes_an_expired_authorization_away_too_and_answers_it() {
        Instant expiresAt = Fixtures.instant().minus(Duration.ofMinutes(1));
        PendingAuthorization expired = newPending(expiresAt);

        Optional<PendingAuthorization> taken = pending().take(expired.stateHash());

        assertThat(taken).contains(expired);
        assertThat(taken.get().expiredAt(Fixtures.instant())).isTrue();
        assertThat(pending().take(expired.stateHash())).isEmpty();
    }

    @Test
    void rejects_a_second_authorization_with_the_same_state_hash() {
        PendingAuthorization first = newPending(inTenMinutes());
        PendingAuthorization twin = new PendingAuthorization(first.stateHash(), first.organizationId(),
                first.userId(), Provider.META, null, Fixtures.instant(), inTenMinutes());

        Expect.domainError(ErrorCode.CONFLICT, () -> pending().add(twin));
        assertThat(pending().take(first.stateHash())).contains(first);
    }

    @Test
    void removes_the_authorizations_that_expired_before_now_and_keeps_the_others() {
        // Far in the past, so that the removal cannot touch the authorizations of anyone else sharing the store.
        Instant now = Fixtures.instant().minus(Duration.ofDays(400));
        PendingAuthorization longExpired = newPending(now.minus(Duration.ofMinutes(10)));
        PendingAuthorization justExpired = newPending(now.minusNanos(1_000));
        PendingAuthorization expiringNow = newPending(now);
        PendingAuthorization alive = newPending(now.plus(Duration.ofMinutes(10)));

        assertThat(ports().transactions().inTransaction(() -> pending().removeExpired(now))).isEqualTo(2);

        assertThat(pending().take(longExpired.stateHash())).isEmpty();
        assertThat(pending().take(justExpired.stateHash())).isEmpty();
        assertThat(pending().take(expiringNow.stateHash())).contains(expiringNow);
        assertThat(pending().take(alive.stateHash())).contains(alive);
        assertThat(pending().removeExpired(now)).isZero();
    }

    @Test
    void of_concurrent_takes_of_one_state_each_in_its_unit_of_work_exactly_one_answers_it() throws Exception {
        PendingAuthorization authorization = newPending(inTenMinutes());

        List<Optional<PendingAuthorization>> takes = Concurrently.run(TAKERS,
                () -> ports().transactions().inTransaction(() -> pending().take(authorization.stateHash())));

        assertThat(takes).containsExactlyInAnyOrderElementsOf(onlyOneGets(authorization));
    }

    @Test
    void a_second_take_inside_one_unit_of_work_answers_empty() {
        PendingAuthorization authorization = newPending(inTenMinutes());

        List<Optional<PendingAuthorization>> takes = ports().transactions().inTransaction(() -> List.of(
                pending().take(authorization.stateHash()), pending().take(authorization.stateHash())));

        assertThat(takes).containsExactly(Optional.of(authorization), Optional.empty());
        assertThat(pending().take(authorization.stateHash())).isEmpty();
    }
}
