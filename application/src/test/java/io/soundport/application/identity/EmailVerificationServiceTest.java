package io.soundport.application.identity;

import io.soundport.domain.identity.Origin;
import io.soundport.application.shared.Secrets;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.User;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class EmailVerificationServiceTest {
    private static final String PASSWORD = "correct horse battery";

    private final Core core = new Core();
    private final EmailVerificationService verification = core.verification;

    private AuthSession register(String email) {
        return core.auth().register(RegisterCommand.of(email, PASSWORD, "Jane Doe", "Wild Bunch Records"), Origin.UNKNOWN);
    }

    private Caller callerOf(AuthSession session) {
        return Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
    }

    private User confirm(String token) {
        return verification.confirm(VerifyEmailCommand.of(token));
    }

    @Test
    void registration_mails_one_link_whose_token_is_stored_only_as_its_hash() {
        AuthSession session = register("jane@example.com");

        assertThat(session.user().emailVerified()).isFalse();
        assertThat(core.mail.sent()).as("queued, not sent inside the sign-up").isEmpty();
        core.sendQueuedMail();
        assertThat(core.mail.sent()).hasSize(1);
        assertThat(core.mail.sent().get(0).channel()).isEqualTo(Channel.EMAIL);
        assertThat(core.mail.sent().get(0).to()).isEqualTo("jane@example.com");
        assertThat(core.mail.sent().get(0).body())
                .contains("https://soundport.example/api/v1/auth/verify-email/spv_");
        String token = core.verificationTokenMailedTo("jane@example.com");
        assertThat(token).matches("spv_[0-9A-Za-z]{43}");
        assertThat(core.store.emailVerificationTokens().findByHash(token)).isEmpty();
        assertThat(core.store.emailVerificationTokens().findByHash(Secrets.sha256Hex(token)))
                .hasValueSatisfying(t -> assertThat(t.expiresAt()).isEqualTo(Core.T0.plus(Duration.ofHours(24))));
    }

    @Test
    void a_token_verifies_the_address_once() {
        AuthSession session = register("jane@example.com");
        String token = core.verificationTokenMailedTo("jane@example.com");

        User verified = confirm(token);

        assertThat(verified.emailVerified()).isTrue();
        assertThat(core.store.users().find(session.user().id())).hasValueSatisfying(u ->
                assertThat(u.emailVerified()).isTrue());
        assertThat(assertInvalid(() -> confirm(token), "token").getMessage()).isNotBlank();
    }

    @Test
    void an_expired_token_verifies_nothing() {
        AuthSession session = register("jane@example.com");
        String token = core.verificationTokenMailedTo("jane@example.com");
        core.clock.advance(Duration.ofHours(24));

        assertInvalid(() -> confirm(token), "token");

        assertThat(core.store.users().find(session.user().id()).orElseThrow().emailVerified()).isFalse();
    }

    @Test
    void an_unknown_blank_or_overlong_token_is_invalid() {
        assertInvalid(() -> confirm("spv_unknown"), "token");
        assertInvalid(() -> confirm(" "), "token");
        assertInvalid(() -> confirm("x".repeat(500)), "token");
    }

    @Test
    void asking_again_sends_a_new_link_after_the_resend_interval_only() {
        AuthSession session = register("jane@example.com");

        verification.request(callerOf(session));
        core.sendQueuedMail();
        assertThat(core.mail.sent()).hasSize(1);

        core.clock.advance(EmailVerificationSettings.DEFAULT_RESEND_INTERVAL);
        User asked = verification.request(callerOf(session));

        assertThat(asked.emailVerified()).isFalse();
        core.sendQueuedMail();
        assertThat(core.mail.sent()).hasSize(2);
        confirm(core.verificationTokenMailedTo("jane@example.com"));
        core.clock.advance(Duration.ofHours(1));
        assertThat(verification.request(callerOf(session)).emailVerified()).isTrue();
        core.sendQueuedMail();
        assertThat(core.mail.sent()).hasSize(2);
    }

    @Test
    void an_api_key_has_no_address_to_verify() {
        AuthSession session = register("jane@example.com");

        assertRejected(() -> verification.request(core.apiKeyOf(callerOf(session), Scope.ADMIN)),
                ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void a_sign_up_that_fails_queues_no_mail() {
        register("jane@example.com");

        assertRejected(() -> register("jane@example.com"), ErrorCode.CONFLICT);

        core.sendQueuedMail();
        assertThat(core.mail.sent()).hasSize(1);
    }

    @Test
    void the_link_is_mailed_even_to_an_address_its_organization_has_on_the_opt_out_list() {
        AuthSession session = register("jane@example.com");
        core.sendQueuedMail();
        core.store.optOuts().add(new OptOut(session.organization().id(),
                Recipient.of(Channel.EMAIL, "jane@example.com", "to"), core.clock.now()));
        core.clock.advance(EmailVerificationSettings.DEFAULT_RESEND_INTERVAL);

        verification.request(callerOf(session));
        core.sendQueuedMail();

        assertThat(core.mail.sent()).as("she asked for it herself").hasSize(2);
    }
}
