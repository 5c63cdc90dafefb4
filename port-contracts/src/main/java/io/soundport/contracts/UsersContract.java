package io.soundport.contracts;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Users} must do. */
public abstract class UsersContract {

    protected abstract PersistencePorts ports();

    private Users users() {
        return ports().users();
    }

    @Test
    void finds_an_added_user_by_id_and_by_email_with_every_field() {
        User user = Fixtures.user();
        users().add(user);

        assertThat(users().find(user.id())).contains(user);
        assertThat(users().findByEmail(user.email())).contains(user);
    }

    @Test
    void keeps_an_invited_user_without_a_password() {
        User invited = Fixtures.user();
        invited = new User(invited.id(), invited.email(), invited.name(), null, false, invited.createdAt(),
                invited.updatedAt(), 1);
        users().add(invited);

        assertThat(users().find(invited.id())).contains(invited);
    }

    @Test
    void finds_by_email_whatever_its_case() {
        User user = Fixtures.user();
        users().add(user);

        assertThat(users().findByEmail(Email.of(user.email().value().toUpperCase(Locale.ROOT)))).contains(user);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_email() {
        assertThat(users().find(UserId.of(Fixtures.id("usr")))).isEmpty();
        assertThat(users().findByEmail(Fixtures.email())).isEmpty();
    }

    @Test
    void rejects_a_second_user_with_the_same_email() {
        User first = Fixtures.user();
        users().add(first);
        User second = Fixtures.user();
        User sameEmail = new User(second.id(), first.email(), "Someone Else", null, false, second.createdAt(),
                second.updatedAt(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> users().add(sameEmail));
        assertThat(users().find(second.id())).isEmpty();
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        User user = Fixtures.user();
        users().add(user);

        User updated = users().update(user.activate("Nina Waymon", "$2a$10$another", Fixtures.instant()));

        assertThat(updated.version()).isEqualTo(user.version() + 1);
        assertThat(users().find(user.id())).contains(updated);
        assertThat(updated.name()).isEqualTo("Nina Waymon");
        assertThat(updated.passwordHash()).isEqualTo("$2a$10$another");
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        User user = Fixtures.user();
        users().add(user);
        User current = users().update(user.activate("First Change", "$2a$10$one", Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> users().update(user.activate("Lost Change", "$2a$10$two", Fixtures.instant())));
        assertThat(users().find(user.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_user_that_does_not_exist() {
        Expect.domainError(ErrorCode.NOT_FOUND, () -> users().update(Fixtures.user()));
    }

    @Test
    void rejects_an_update_that_takes_another_users_email() {
        User taken = Fixtures.user();
        users().add(taken);
        User user = Fixtures.user();
        users().add(user);
        User moved = new User(user.id(), taken.email(), user.name(), user.passwordHash(), user.emailVerified(),
                user.createdAt(), Fixtures.instant(), user.version());

        Expect.domainError(ErrorCode.CONFLICT, () -> users().update(moved));
        assertThat(users().find(user.id())).contains(user);
    }
}
