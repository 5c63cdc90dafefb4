package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** Guessing is slowed down on every backend: sign-ins per e-mail and address, credential endpoints per address. */
@RestTest.ServerProperties({"soundport.auth.key-checks-per-ip-per-hour=3", "soundport.auth.refreshes-per-ip-per-hour=3"})
class AuthThrottlingTest extends RestTest {

    private static Api.Response attempt(String email, String password) {
        return api.post("/auth/login", obj("email", email, "password", password));
    }

    @Test
    void five_wrong_passwords_then_the_right_one_is_429_with_retry_after() {
        Account ada = register();
        for (int i = 0; i < 5; i++) {
            attempt(ada.email(), "wrong password " + i).error(401, "AUTHENTICATION_ERROR");
        }

        Api.Response refused = attempt(ada.email(), PASSWORD);

        refused.error(429, "RATE_LIMIT_EXCEEDED");
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(1L, 30 * 60L);
        assertThat(refused.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void an_address_without_an_account_is_answered_the_same_at_every_step() {
        Account ada = register();
        String nobody = uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            Api.Response known = attempt(ada.email(), "wrong");
            Api.Response unknown = attempt(nobody, "wrong");
            assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
            assertThat(unknown.json().path("error").path("message"))
                    .isEqualTo(known.json().path("error").path("message"));
        }

        Api.Response known = attempt(ada.email(), PASSWORD);
        Api.Response unknown = attempt(nobody, PASSWORD);

        known.error(429, "RATE_LIMIT_EXCEEDED");
        unknown.error(429, "RATE_LIMIT_EXCEEDED");
        assertThat(unknown.json().path("error").path("message")).isEqualTo(known.json().path("error").path("message"));
    }

    @Test
    void api_key_checks_past_the_hours_limit_are_429_before_the_handler_runs() {
        Api.Response answer = null;
        int passed = 0;
        for (int i = 0; i < 4; i++) {
            answer = api.post("/api-keys/verify", obj("key", "sp_live_nothing" + i));
            if (answer.status() != 200) {
                break;
            }
            passed++;
        }

        assertThat(passed).as("at most the limit passes").isLessThanOrEqualTo(3);
        answer.error(429, "RATE_LIMIT_EXCEEDED");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 2 * 3600L);
    }
}
