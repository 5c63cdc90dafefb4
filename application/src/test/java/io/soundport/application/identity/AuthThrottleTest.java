package io.soundport.application.identity;

import io.soundport.domain.identity.Origin;
import io.soundport.application.testing.Core;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuthThrottleTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String HOME = "203.0.113.7";

    private final Core core = new Core();
    private final AuthService auth = core.auth();

    private AuthSession login(String email, String password, String from) {
        return auth.login(LoginCommand.of(email, password, null).from(from), Origin.UNKNOWN);
    }

    private void failTimes(int times, String email, String from) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login(email, "wrong password", from)).isInstanceOfSatisfying(
                    DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION_ERROR));
        }
    }

    private DomainException refused(Runnable attempt) {
        DomainException e = catchThrowableOfType(DomainException.class, attempt::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
        return e;
    }

    @Test
    void five_wrong_passwords_refuse_the_right_one_until_the_window_slides_past_them() {
        auth.register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", "Analytical"), Origin.UNKNOWN);
        failTimes(5, "ada@example.com", HOME);

        DomainException e = refused(() -> login("ada@example.com", PASSWORD, HOME));

        assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
                .isGreaterThan(Duration.ZERO).isLessThanOrEqualTo(Duration.ofMinutes(30)));
        core.clock.advance(e.retryAfter().orElseThrow());
        assertThat(login("ada@example.com", PASSWORD, HOME).user().email().value()).isEqualTo("ada@example.com");
    }

    @Test
    void an_unknown_address_is_refused_the_same_way_so_the_refusal_tells_nothing() {
        failTimes(5, "nobody@example.com", HOME);

        DomainException e = refused(() -> login("nobody@example.com", PASSWORD, HOME));

        assertThat(e.getMessage()).isEqualTo("Too many failed sign-ins for this address; try again later");
    }

    @Test
    void the_failures_count_per_e_mail_and_client_address() {
        auth.register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", "Analytical"), Origin.UNKNOWN);
        failTimes(5, "ada@example.com", HOME);

        assertThat(login("ada@example.com", PASSWORD, "198.51.100.9")).isNotNull();
        assertThat(login(" ADA@example.com ", PASSWORD, "198.51.100.9")).isNotNull();
        refused(() -> login("Ada@Example.com", PASSWORD, HOME));
    }

    @Test
    void a_right_password_before_the_limit_forgets_the_failures() {
        auth.register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", "Analytical"), Origin.UNKNOWN);
        failTimes(4, "ada@example.com", HOME);
        login("ada@example.com", PASSWORD, HOME);

        failTimes(4, "ada@example.com", HOME);

        assertThat(login("ada@example.com", PASSWORD, HOME)).isNotNull();
    }

    @Test
    void attempts_per_client_address_are_refused_past_the_hours_limit_and_pass_again_later() {
        AuthThrottle throttle = new AuthThrottle(core.store.rateLimits(), core.clock,
                new AuthThrottle.Settings(5, Duration.ofMinutes(15), 3, 600, 60, 3_600));
        for (int i = 0; i < 3; i++) {
            throttle.admit(AuthThrottle.Attempt.REGISTRATION, HOME);
        }

        DomainException e = refused(() -> throttle.admit(AuthThrottle.Attempt.REGISTRATION, HOME));
        throttle.admit(AuthThrottle.Attempt.REGISTRATION, "198.51.100.9");
        throttle.admit(AuthThrottle.Attempt.REFRESH, HOME);

        assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
                .isGreaterThan(Duration.ZERO).isLessThanOrEqualTo(Duration.ofHours(2)));
        core.clock.advance(Duration.ofHours(2));
        throttle.admit(AuthThrottle.Attempt.REGISTRATION, HOME);
    }
}
