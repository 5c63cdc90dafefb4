package io.soundport.application.identity;

import io.soundport.domain.identity.Origin;
import io.soundport.application.shared.Secrets;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.soundport.application.testing.Core.T0;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AuthServiceTest {
    private static final String PASSWORD = "correct horse battery";

    private final Core core = new Core();
    private final AuthService auth = core.auth();

    private AuthSession register(String email) {
        return auth.register(RegisterCommand.of(email, PASSWORD, "Jane Doe", "Wild Bunch Records"), Origin.UNKNOWN);
    }

    private AuthSession login(String email, String password) {
        return auth.login(LoginCommand.of(email, password, null), Origin.UNKNOWN);
    }

    private AuthSession refresh(String refreshToken) {
        return auth.refresh(RefreshTokensCommand.of(refreshToken));
    }

    private void logout(String refreshToken) {
        auth.logout(LogoutCommand.of(refreshToken), Origin.UNKNOWN);
    }

    private RefreshToken stored(AuthSession session) {
        return core.store.refreshTokens().findByHash(Secrets.sha256Hex(session.refreshToken())).orElseThrow();
    }

    @Test
    void registering_creates_a_user_who_owns_a_new_organization() {
        AuthSession session = register(" Jane@Example.com ");

        assertThat(session.role()).isEqualTo(Role.OWNER);
        assertThat(session.user().email()).isEqualTo(Email.of("jane@example.com"));
        assertThat(session.user().canLogIn()).isTrue();
        assertThat(session.user().passwordHash()).isNotEqualTo(PASSWORD).startsWith("$2a$10$");
        assertThat(session.organization().name()).isEqualTo("Wild Bunch Records");
        assertThat(core.store.memberships().find(session.organization().id(), session.user().id()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.OWNER));
        assertThat(session.refreshToken()).startsWith("sprt_");
        assertThat(session.refreshExpiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(stored(session).tokenHash()).isNotEqualTo(session.refreshToken());
    }

    @Test
    void rejects_a_second_account_with_the_same_email_naming_the_email_field() {
        register("jane@example.com");

        assertRejected(() -> register("JANE@example.com"), ErrorCode.CONFLICT, "email");
        assertThat(core.store.organizations().search(OrganizationFilter.ALL, PageRequest.first(10)).items())
                .as("the failed registration created no organization").hasSize(1);
    }

    @Test
    void rejects_a_password_shorter_than_ten_characters_naming_the_password_field() {
        DomainException e = assertInvalid(
                () -> RegisterCommand.of("jane@example.com", "123456789", "Jane", "Label"), "password");

        assertThat(e.details().get(0).message()).contains("at least 10");
    }

    @Test
    void rejects_a_password_longer_than_bcrypt_reads() {
        assertInvalid(() -> RegisterCommand.of("jane@example.com", "é".repeat(37), "Jane", "Label"), "password");
    }

    @Test
    void reports_every_bad_registration_field_at_once() {
        assertInvalid(() -> RegisterCommand.of("not-an-email", "short", " ", null),
                "email", "password", "name", "organizationName");
    }

    @Test
    void logs_in_with_the_right_password_whatever_the_case_of_the_email() {
        AuthSession registered = register("jane@example.com");

        AuthSession session = login("JANE@EXAMPLE.COM", PASSWORD);

        assertThat(session.user().id()).isEqualTo(registered.user().id());
        assertThat(session.organization().id()).isEqualTo(registered.organization().id());
        assertThat(session.role()).isEqualTo(Role.OWNER);
        assertThat(session.refreshToken()).isNotEqualTo(registered.refreshToken());
        assertThat(stored(session).familyId()).as("each sign-in starts its own family")
                .isNotEqualTo(stored(registered).familyId());
    }

    @Test
    void a_wrong_password_and_an_unknown_email_fail_alike() {
        register("jane@example.com");

        DomainException wrongPassword = assertRejected(() -> login("jane@example.com", "wrong password!"),
                ErrorCode.AUTHENTICATION_ERROR);
        DomainException unknownEmail = assertRejected(() -> login("nobody@example.com", PASSWORD),
                ErrorCode.AUTHENTICATION_ERROR);
        DomainException malformedEmail = assertRejected(() -> login("nobody", PASSWORD),
                ErrorCode.AUTHENTICATION_ERROR);

        assertThat(wrongPassword.getMessage()).isEqualTo(unknownEmail.getMessage())
                .isEqualTo(malformedEmail.getMessage());
        assertThat(wrongPassword.details()).isEqualTo(unknownEmail.details()).isEmpty();
    }

    @Test
    void a_login_without_email_or_password_is_invalid() {
        assertInvalid(() -> new LoginCommand(" ", "", null, null), "email", "password");
    }

    @Test
    void a_login_command_reports_every_bad_field_at_once() {
        assertInvalid(() -> LoginCommand.of(" ", "", "not-an-org"), "email", "password", "organizationId");
        assertThat(LoginCommand.of("jane@example.com", PASSWORD, " ").organizationId()).isNull();
    }

    @Test
    void a_refresh_rotates_the_token_and_spends_the_old_one() {
        AuthSession first = register("jane@example.com");
        core.clock.advance(Duration.ofHours(1));

        AuthSession second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.user().id()).isEqualTo(first.user().id());
        assertThat(second.role()).isEqualTo(Role.OWNER);
        assertThat(second.refreshExpiresAt()).isEqualTo(core.clock.now().plus(Duration.ofDays(7)));
        assertThat(stored(first).status()).isEqualTo(RefreshToken.Status.USED);
        assertThat(stored(second).status()).isEqualTo(RefreshToken.Status.ACTIVE);
        assertThat(stored(second).familyId()).isEqualTo(stored(first).familyId());
        assertThatCode(() -> refresh(second.refreshToken())).as("the new token works").doesNotThrowAnyException();
    }

    @Test
    void presenting_a_used_refresh_token_again_revokes_the_whole_family() {
        AuthSession first = register("jane@example.com");
        AuthSession second = refresh(first.refreshToken());
        AuthSession otherSignIn = login("jane@example.com", PASSWORD);

        assertRejected(() -> refresh(first.refreshToken()), ErrorCode.AUTHENTICATION_ERROR);

        assertThat(stored(second).status()).isEqualTo(RefreshToken.Status.REVOKED);
        assertRejected(() -> refresh(second.refreshToken()), ErrorCode.AUTHENTICATION_ERROR);
        assertThatCode(() -> refresh(otherSignIn.refreshToken()))
                .as("another sign-in is another family").doesNotThrowAnyException();
    }

    @Test
    void a_refresh_token_works_for_seven_days_and_no_longer() {
        AuthSession early = register("jane@example.com");
        AuthSession late = login("jane@example.com", PASSWORD);

        core.clock.advance(Duration.ofDays(6));
        assertThatCode(() -> refresh(early.refreshToken())).doesNotThrowAnyException();

        core.clock.advance(Duration.ofDays(2));
        assertRejected(() -> refresh(late.refreshToken()), ErrorCode.AUTHENTICATION_ERROR);
    }

    @Test
    void an_unknown_or_blank_refresh_token_is_refused() {
        assertRejected(() -> refresh("sprt_unknown"), ErrorCode.AUTHENTICATION_ERROR);
        assertInvalid(() -> refresh(" "), "refreshToken");
    }

    @Test
    void logging_out_revokes_the_refresh_token() {
        AuthSession session = register("jane@example.com");

        logout(session.refreshToken());

        assertThat(stored(session).status()).isEqualTo(RefreshToken.Status.REVOKED);
        assertRejected(() -> refresh(session.refreshToken()), ErrorCode.AUTHENTICATION_ERROR);
        assertThatCode(() -> logout(session.refreshToken())).as("logout is idempotent")
                .doesNotThrowAnyException();
        assertThatCode(() -> logout("sprt_never_issued")).doesNotThrowAnyException();
    }

    @Test
    void a_refresh_fails_once_the_user_left_the_organization() {
        AuthSession session = register("jane@example.com");
        core.store.memberships().remove(session.organization().id(), session.user().id());

        assertRejected(() -> refresh(session.refreshToken()), ErrorCode.AUTHENTICATION_ERROR);
    }
}
