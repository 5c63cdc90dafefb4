package io.soundport.contracts;

import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.User;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link EmailVerificationTokens} must do. */
public abstract class EmailVerificationTokensContract {

    protected abstract PersistencePorts ports();

    private EmailVerificationTokens tokens() {
        return ports().emailVerificationTokens();
    }

    private User newUser() {
        User user = Fixtures.user();
        ports().users().add(user);
        return user;
    }

    private EmailVerificationToken newToken(User user) {
        EmailVerificationToken token = Fixtures.emailVerificationToken(user);
        tokens().add(token);
        return token;
    }

    @Test
    void finds_an_added_token_by_its_hash_with_every_field() {
        EmailVerificationToken token = newToken(newUser());

        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    void finds_nothing_for_an_unknown_hash() {
        assertThat(tokens().findByHash(Fixtures.sha256Hex())).isEmpty();
    }

    @Test
    void rejects_a_second_token_with_the_same_hash() {
        User user = newUser();
        EmailVerificationToken token = newToken(user);
        EmailVerificationToken twin = EmailVerificationToken.issue(token.tokenHash(), user, Fixtures.instant(),
                token.expiresAt());

        assertThatThrownBy(() -> tokens().add(twin)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    void marks_a_token_used_once_only_and_keeps_when() {
        EmailVerificationToken token = newToken(newUser());
        Instant at = Fixtures.instant();

        assertThat(tokens().markUsed(token.tokenHash(), at)).isTrue();
        assertThat(tokens().markUsed(token.tokenHash(), Fixtures.instant())).isFalse();
        assertThat(tokens().findByHash(token.tokenHash())).contains(token.useAt(at));
    }

    @Test
    void does_not_mark_an_unknown_token_used() {
        assertThat(tokens().markUsed(Fixtures.sha256Hex(), Fixtures.instant())).isFalse();
    }

    @Test
    void of_concurrent_uses_of_one_token_exactly_one_wins() throws Exception {
        EmailVerificationToken token = newToken(newUser());

        List<Boolean> outcomes = Concurrently.run(8, () -> tokens().markUsed(token.tokenHash(), Fixtures.instant()));

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(outcomes).filteredOn(won -> !won).hasSize(7);
    }

    @Test
    void a_use_inside_a_unit_of_work_that_rolls_back_leaves_the_token_unused() {
        EmailVerificationToken token = newToken(newUser());

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            assertThat(tokens().markUsed(token.tokenHash(), Fixtures.instant())).isTrue();
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    void knows_when_the_newest_token_of_a_user_was_issued() {
        User user = newUser();
        User other = newUser();
        assertThat(tokens().lastIssuedAt(user.id())).isEmpty();
        newToken(user);
        EmailVerificationToken newest = newToken(user);
        newToken(other);

        assertThat(tokens().lastIssuedAt(user.id())).contains(newest.issuedAt());
    }
}
